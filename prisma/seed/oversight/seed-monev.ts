import type { Tx } from "@/lib/db";
import { DEFAULT_MONEV_INDICATORS, scoreMonev } from "@/lib/monev/scoring";
import { MONEV_ANSWERS, MONEV_QUESTIONS, MONEV_VISIT } from "./monev-questions";

/** Indicators + questions for 2024–2026; completed self-assessments for 2024 and 2025; 2026 left to the PPID. */
export async function seedMonev(tx: Tx, ppidId: string): Promise<void> {
  for (const year of [2024, 2025, 2026]) {
    const questionIds: { id: string; maxScore: number; indicator: string }[] = [];
    for (const [order, def] of DEFAULT_MONEV_INDICATORS.entries()) {
      const indicator = await tx.monevIndicator.create({
        data: { year, code: def.code, name: def.name, weight: def.weight, order, questions: { create: MONEV_QUESTIONS[def.code].map((text, i) => ({ text, order: i })) } },
        select: { questions: { orderBy: { order: "asc" }, select: { id: true, maxScore: true } } },
      });
      questionIds.push(...indicator.questions.map((q) => ({ ...q, indicator: def.code })));
    }
    const answers = MONEV_ANSWERS[year];
    if (!answers) continue;
    const result = scoreMonev(
      DEFAULT_MONEV_INDICATORS.map((def) => ({
        ...def,
        questions: questionIds.flatMap((q, i) => (q.indicator === def.code ? [{ maxScore: q.maxScore, score: answers[i] }] : [])),
      })),
    );
    await tx.monevAssessment.create({
      data: {
        year, status: "SELESAI", selfScore: result.selfScore, visitScore: MONEV_VISIT[year], completedById: ppidId,
        completedAt: new Date(`${year}-10-15T03:00:00Z`),
        answers: { create: questionIds.map((q, i) => ({ questionId: q.id, score: answers[i], evidenceLink: `https://ppid.disperindag.nttprov.go.id/data-dukung/${year}/${i + 1}` })) },
      },
    });
  }
}
