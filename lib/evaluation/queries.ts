import "server-only";
import { db } from "@/lib/db";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { hasPermission } from "@/lib/auth/roles";
import { assessorRefusal } from "./assessor-rules";

const levelsOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

export type CriterionRow = { id: string; code: string; name: string; description: string; weight: number; levels: string[]; sortOrder: number; active: boolean; used: number };

/** Every criterion (active first, then by order) with how many scores use it. */
export async function listCriteria(user: StaffUser, { activeOnly = false } = {}): Promise<CriterionRow[]> {
  assertPermission(user, activeOnly ? "readOfficerAssessments" : "manageAssessmentCriteria");
  const rows = await db.assessmentCriterion.findMany({
    where: activeOnly ? { active: true } : {},
    orderBy: [{ active: "desc" }, { sortOrder: "asc" }, { code: "asc" }],
    select: { id: true, code: true, name: true, description: true, weight: true, levels: true, sortOrder: true, active: true, _count: { select: { scores: true } } },
  });
  return rows.map(({ _count, levels, ...c }) => ({ ...c, levels: levelsOf(levels), used: _count.scores }));
}

export type AssessmentRevision = Awaited<ReturnType<typeof assessmentRevisions>>[number];

async function assessmentRevisions(officerId: string, period: string) {
  const rows = await db.officerAssessment.findMany({
    where: { officerId, period },
    orderBy: { revision: "desc" },
    select: {
      id: true, revision: true, revisionReason: true, status: true, totalScore: true, category: true, finalizedAt: true, updatedAt: true,
      strengths: true, improvements: true, assessor: { select: { name: true } },
      scores: { orderBy: [{ sortOrder: "asc" }, { criterionCode: "asc" }], select: { criterionId: true, criterionCode: true, criterionName: true, weight: true, levels: true, score: true, note: true } },
    },
  });
  return rows.map((r) => ({ ...r, scores: r.scores.map((s) => ({ ...s, levels: levelsOf(s.levels) })) }));
}

/**
 * One officer's assessments for a period (newest revision first) and whether this user may score:
 * `refusal` says why not (self-assessment, role pair), null when the form may be shown.
 */
export async function officerAssessmentView(user: StaffUser, officerId: string, period: string) {
  assertPermission(user, "readOfficerAssessments");
  const officer = await db.user.findUnique({ where: { id: officerId }, select: { id: true, name: true, role: true, active: true, nip: true } });
  if (!officer) return null;
  const revisions = await assessmentRevisions(officer.id, period);
  const refusal = hasPermission(user.role, "assessOfficer") ? assessorRefusal(user, officer) : "Peran Anda hanya dapat membaca penilaian.";
  // Drafts are work in progress: only someone who may assess this officer sees their content.
  const visible = refusal === null ? revisions : revisions.filter((r) => r.status === "FINAL");
  return { officer, revisions: visible, draftPending: revisions[0]?.status === "DRAFT", refusal };
}
