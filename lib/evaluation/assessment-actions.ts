"use server";
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { formValues, refusalResult } from "@/lib/action-failure";
import { requirePermission } from "@/lib/auth/guard";
import { formatScore } from "@/lib/monev/category";
import { reviseOfficerAssessment, saveOfficerAssessment } from "./assessment-services";
import { RUBRIC_CATEGORY_LABELS, rubricCategory } from "./rubric-score";
import { ASSESSMENT_FIELDS } from "./schema";

/** The fixed fields plus every score-<criterionId> and note-<criterionId> of the form. */
function scoringValues(formData: FormData): Record<string, string> {
  const perCriterion = [...formData.keys()].filter((k) => k.startsWith("score-") || k.startsWith("note-"));
  return formValues(formData, [...ASSESSMENT_FIELDS, ...new Set(perCriterion)]);
}

function revalidate(officerId: string) {
  revalidatePath("/staf/evaluasi/kinerja");
  revalidatePath(`/staf/evaluasi/kinerja/${officerId}`);
  revalidatePath("/staf/laporan", "layout");
}

export async function saveOfficerAssessmentAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("assessOfficer");
  const values = scoringValues(formData);
  try {
    const saved = await saveOfficerAssessment(user, values);
    revalidate(values.officerId);
    if (saved.status === "FINAL" && saved.total !== null) {
      return { ok: true, message: `Penilaian difinalkan: nilai ${formatScore(saved.total)} (${RUBRIC_CATEGORY_LABELS[rubricCategory(saved.total)]}).` };
    }
    const provisional = saved.partial === null ? "" : ` Nilai sementara ${formatScore(saved.partial)}.`;
    return { ok: true, message: `Draf penilaian disimpan.${provisional}`, values };
  } catch (error) {
    return refusalResult(error, values);
  }
}

export async function reviseOfficerAssessmentAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("assessOfficer");
  const values = formValues(formData, ["assessmentId", "reason", "officerId"]);
  try {
    await reviseOfficerAssessment(user, values);
    revalidate(values.officerId);
    return { ok: true, message: "Revisi dibuat sebagai draf. Perbaiki nilai atau catatan, lalu finalkan kembali." };
  } catch (error) {
    return refusalResult(error, values);
  }
}
