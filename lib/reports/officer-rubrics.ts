import "server-only";
import type { Db, Tx } from "@/lib/db";
import type { RubricCategory } from "@/lib/evaluation/rubric-score";

export type RubricScoreRow = { code: string; name: string; weight: number; score: number | null; note: string | null };

/**
 * An officer's rubric for a period as the reports show it: the newest FINAL revision, or only the
 * fact that a draft exists ("belum final"). `correctionPending` tells that a newer draft revision
 * is being written; the final one stays valid until that is finalised.
 */
export type OfficerRubric =
  | {
      status: "FINAL";
      assessmentId: string;
      revision: number;
      total: number;
      category: RubricCategory;
      assessorName: string;
      finalizedAt: Date;
      strengths: string | null;
      improvements: string | null;
      correctionPending: boolean;
      scores: RubricScoreRow[];
    }
  | { status: "DRAFT"; assessmentId: string; revision: number };

/** Rubrics of every officer assessed for the period key ("2026-11", "2026-Q4", "2026-S2", "2026"). */
export async function officerRubrics(client: Db | Tx, periodKey: string): Promise<Map<string, OfficerRubric>> {
  const rows = await client.officerAssessment.findMany({
    where: { period: periodKey },
    orderBy: [{ officerId: "asc" }, { revision: "desc" }],
    select: {
      id: true, officerId: true, revision: true, status: true, totalScore: true, category: true, finalizedAt: true, strengths: true, improvements: true,
      assessor: { select: { name: true } },
      scores: { orderBy: [{ sortOrder: "asc" }, { criterionCode: "asc" }], select: { criterionCode: true, criterionName: true, weight: true, score: true, note: true } },
    },
  });
  const out = new Map<string, OfficerRubric>();
  for (const officerId of new Set(rows.map((r) => r.officerId))) {
    const revisions = rows.filter((r) => r.officerId === officerId); // newest first
    const final = revisions.find((r) => r.status === "FINAL");
    if (!final || final.totalScore === null || final.category === null || final.finalizedAt === null) {
      out.set(officerId, { status: "DRAFT", assessmentId: revisions[0].id, revision: revisions[0].revision });
      continue;
    }
    out.set(officerId, {
      status: "FINAL",
      assessmentId: final.id,
      revision: final.revision,
      total: final.totalScore,
      category: final.category as RubricCategory,
      assessorName: final.assessor.name,
      finalizedAt: final.finalizedAt,
      strengths: final.strengths,
      improvements: final.improvements,
      correctionPending: revisions[0].id !== final.id,
      scores: final.scores.map((s) => ({ code: s.criterionCode, name: s.criterionName, weight: s.weight, score: s.score, note: s.note })),
    });
  }
  return out;
}
