import "server-only";
import { db, type Db } from "@/lib/db";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { writeAudit } from "@/lib/audit/write-audit";
import { parseOrRefuse, RuleError } from "@/lib/rule-error";
import { criterionSchema } from "./schema";

const CRITERION_SELECT = { id: true, code: true, name: true, description: true, weight: true, levels: true, sortOrder: true, active: true } as const;

/**
 * Adds (id null) or edits a criterion. Past assessments keep their own snapshot of each criterion,
 * so an edit changes only assessments scored from now on. At least one criterion stays active.
 */
export async function saveAssessmentCriterion(user: StaffUser, id: string | null, raw: unknown, client: Db = db) {
  assertPermission(user, "manageAssessmentCriteria");
  const input = parseOrRefuse(criterionSchema, raw);
  return client.$transaction(async (tx) => {
    const clash = await tx.assessmentCriterion.findUnique({ where: { code: input.code }, select: { id: true } });
    if (clash && clash.id !== id) throw RuleError.at("code", "Kode sudah dipakai kriteria lain.");
    const before = id ? await tx.assessmentCriterion.findUnique({ where: { id }, select: CRITERION_SELECT }) : null;
    if (id && !before) throw new RuleError("Kriteria tidak ditemukan.");
    if (before?.active && !input.active && (await tx.assessmentCriterion.count({ where: { active: true, id: { not: before.id } } })) === 0) {
      throw RuleError.at("active", "Minimal satu kriteria harus tetap aktif.");
    }
    const saved = id
      ? await tx.assessmentCriterion.update({ where: { id }, data: input, select: CRITERION_SELECT })
      : await tx.assessmentCriterion.create({ data: input, select: CRITERION_SELECT });
    await writeAudit(tx, user, {
      action: id ? "ASSESSMENT_CRITERION_UPDATED" : "ASSESSMENT_CRITERION_CREATED",
      entityType: "AssessmentCriterion",
      entityId: saved.id,
      before,
      after: input,
    });
    return saved;
  });
}

/** Removes a criterion that was never scored; a used one can only be deactivated. */
export async function deleteAssessmentCriterion(user: StaffUser, id: string, client: Db = db): Promise<void> {
  assertPermission(user, "manageAssessmentCriteria");
  await client.$transaction(async (tx) => {
    const before = await tx.assessmentCriterion.findUnique({ where: { id }, select: CRITERION_SELECT });
    if (!before) throw new RuleError("Kriteria tidak ditemukan.");
    if ((await tx.officerAssessmentScore.count({ where: { criterionId: id } })) > 0) {
      throw new RuleError("Kriteria ini sudah dipakai dalam penilaian, sehingga tidak dapat dihapus. Nonaktifkan saja.");
    }
    if (before.active && (await tx.assessmentCriterion.count({ where: { active: true, id: { not: id } } })) === 0) {
      throw new RuleError("Minimal satu kriteria harus tetap aktif.");
    }
    await tx.assessmentCriterion.delete({ where: { id } });
    await writeAudit(tx, user, { action: "ASSESSMENT_CRITERION_DELETED", entityType: "AssessmentCriterion", entityId: id, before });
  });
}
