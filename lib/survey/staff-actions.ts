"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { formValues, refusalResult } from "@/lib/action-failure";
import { requirePermission } from "@/lib/auth/guard";
import { addEvaluationNote, addSurveyFollowUp, deleteEvaluationNote, deleteSurveyFollowUp, updateEvaluationNote } from "./evaluation-services";
import { updateSurveySettings } from "./settings-service";

const NOTE_FIELDS = ["kind", "occurredOn", "category", "description", "impact", "actionTaken"];

export async function addSurveyFollowUpAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("manageEvaluation");
  const values = formValues(formData, ["period", "unsurCode", "plan", "responsible", "targetDate"]);
  try {
    await addSurveyFollowUp(user, values);
  } catch (error) {
    return refusalResult(error, values);
  }
  revalidatePath("/staf/evaluasi");
  return { ok: true, message: "Rencana tindak lanjut disimpan." };
}

export async function addEvaluationNoteAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("manageEvaluation");
  const values = formValues(formData, NOTE_FIELDS);
  try {
    await addEvaluationNote(user, values);
  } catch (error) {
    return refusalResult(error, values);
  }
  revalidatePath("/staf/evaluasi");
  return { ok: true, message: values.kind === "REKOMENDASI" ? "Rekomendasi disimpan." : "Kendala disimpan." };
}

/** Saves a corrected note and returns to the evaluation page of the month it now belongs to. */
export async function updateEvaluationNoteAction(id: string, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("manageEvaluation");
  const values = formValues(formData, NOTE_FIELDS);
  try {
    await updateEvaluationNote(user, id, values);
  } catch (error) {
    return refusalResult(error, values);
  }
  revalidatePath("/staf/evaluasi");
  redirect(`/staf/evaluasi?periode=${values.occurredOn.slice(0, 7)}`);
}

export async function deleteEvaluationNoteAction(id: string, _prev: ActionResult): Promise<ActionResult> {
  const user = await requirePermission("manageEvaluation");
  return removeAndRevalidate(() => deleteEvaluationNote(user, id), "Catatan dihapus.");
}

export async function deleteSurveyFollowUpAction(id: string, _prev: ActionResult): Promise<ActionResult> {
  const user = await requirePermission("manageEvaluation");
  return removeAndRevalidate(() => deleteSurveyFollowUp(user, id), "Rencana tindak lanjut dihapus.");
}

async function removeAndRevalidate(remove: () => Promise<void>, message: string): Promise<ActionResult> {
  try {
    await remove();
  } catch (error) {
    return refusalResult(error, {});
  }
  revalidatePath("/staf/evaluasi");
  revalidatePath("/survei/hasil");
  return { ok: true, message };
}

export async function saveSurveySettingsAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("manageSettings");
  const values = formValues(formData, ["linkValidityDays"]);
  try {
    const { settings, changed } = await updateSurveySettings(user, values);
    if (!changed) return { ok: true, message: "Tidak ada perubahan pengaturan survei.", values };
    revalidatePath("/staf/evaluasi");
    return { ok: true, message: `Masa berlaku tautan survei disimpan: ${settings.linkValidityDays} hari sejak permohonan selesai, untuk tautan yang dibuat sesudah ini.`, values };
  } catch (error) {
    return refusalResult(error, values);
  }
}
