"use server";
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { formValues, refusalResult } from "@/lib/action-failure";
import { requirePermission } from "@/lib/auth/guard";
import { deleteAssessmentCriterion, saveAssessmentCriterion } from "./criteria-services";
import { CRITERION_FIELDS } from "./schema";

const PATH = "/staf/evaluasi/kriteria";

export async function saveAssessmentCriterionAction(criterionId: string | null, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("manageAssessmentCriteria");
  const values = formValues(formData, CRITERION_FIELDS);
  try {
    const saved = await saveAssessmentCriterion(user, criterionId, values);
    revalidatePath(PATH);
    revalidatePath("/staf/evaluasi/kinerja", "layout");
    return { ok: true, message: `Kriteria "${saved.name}" disimpan.`, values: criterionId ? values : {} };
  } catch (error) {
    return refusalResult(error, values);
  }
}

export async function deleteAssessmentCriterionAction(criterionId: string, _prev: ActionResult, _formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("manageAssessmentCriteria");
  try {
    await deleteAssessmentCriterion(user, criterionId);
    revalidatePath(PATH);
    return { ok: true, message: "Kriteria dihapus." };
  } catch (error) {
    return refusalResult(error);
  }
}
