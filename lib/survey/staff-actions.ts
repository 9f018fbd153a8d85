"use server";
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { formValues, refusalResult } from "@/lib/action-failure";
import { requirePermission } from "@/lib/auth/guard";
import { addEvaluationNote, addSurveyFollowUp } from "./evaluation-services";

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
