"use server";
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { formValues, refusalResult } from "@/lib/action-failure";
import { requirePermission } from "@/lib/auth/guard";
import { addEvaluationNote, addSurveyFollowUp } from "./evaluation-services";
import { updateSurveySettings } from "./settings-service";

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
  const values = formValues(formData, ["kind", "occurredOn", "category", "description", "impact", "actionTaken"]);
  try {
    await addEvaluationNote(user, values);
  } catch (error) {
    return refusalResult(error, values);
  }
  revalidatePath("/staf/evaluasi");
  return { ok: true, message: values.kind === "REKOMENDASI" ? "Rekomendasi disimpan." : "Kendala disimpan." };
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
