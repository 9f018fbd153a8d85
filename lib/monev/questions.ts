import "server-only";
import { z } from "zod";
import { db, type Db, type Tx } from "@/lib/db";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { writeAudit } from "@/lib/audit/write-audit";
import { parseOrRefuse, RuleError } from "@/lib/rule-error";

// The Komisi Informasi questionnaire changes yearly: the questions of a year are data the PPID keeps
// up to date until that year's self-assessment is completed.
export const monevQuestionSchema = z.object({
  indicatorId: z.string("Pilih indikator.").min(1, "Pilih indikator."),
  text: z.string("Tulis pertanyaannya.").trim().min(10, "Tulis pertanyaannya (minimal 10 karakter).").max(1000, "Maksimal 1.000 karakter."),
  maxScore: z.string("Isi nilai maksimum.").trim().regex(/^\d{1,2}$/, "Nilai maksimum berupa bilangan bulat 1–10.").transform(Number).refine((n) => n >= 1 && n <= 10, "Nilai maksimum berupa bilangan bulat 1–10."),
});

async function openYearOf(tx: Tx, indicatorId: string): Promise<number> {
  const indicator = await tx.monevIndicator.findUnique({ where: { id: indicatorId }, select: { year: true } });
  if (!indicator) throw RuleError.at("indicatorId", "Indikator tidak ditemukan.");
  const assessment = await tx.monevAssessment.findUnique({ where: { year: indicator.year }, select: { status: true } });
  if (assessment?.status === "SELESAI") throw new RuleError(`Penilaian ${indicator.year} sudah diselesaikan; pertanyaannya tidak dapat diubah.`);
  return indicator.year;
}

/** Adds a question at the end of its indicator, or (with questionId) rewrites one. */
export async function saveMonevQuestion(user: StaffUser, questionId: string | null, input: Record<string, string>, client: Db = db): Promise<void> {
  assertPermission(user, "completeMonev");
  const v = parseOrRefuse(monevQuestionSchema, input);
  await client.$transaction(async (tx) => {
    const year = await openYearOf(tx, v.indicatorId);
    if (questionId) {
      const before = await tx.monevQuestion.findFirst({ where: { id: questionId, indicatorId: v.indicatorId } });
      if (!before) throw new RuleError("Pertanyaan tidak ditemukan.");
      const answered = await tx.monevAnswer.findFirst({ where: { questionId, score: { gt: v.maxScore } }, select: { id: true } });
      if (answered) throw RuleError.at("maxScore", "Sudah ada jawaban dengan nilai di atas nilai maksimum ini; ubah jawabannya dulu.");
      const after = await tx.monevQuestion.update({ where: { id: questionId }, data: { text: v.text, maxScore: v.maxScore } });
      await writeAudit(tx, user, { action: "MONEV_QUESTION_UPDATED", entityType: "MonevQuestion", entityId: questionId, before, after: { ...after, year } });
      return;
    }
    const last = await tx.monevQuestion.aggregate({ where: { indicatorId: v.indicatorId }, _max: { order: true } });
    const created = await tx.monevQuestion.create({ data: { indicatorId: v.indicatorId, text: v.text, maxScore: v.maxScore, order: (last._max.order ?? -1) + 1 } });
    await writeAudit(tx, user, { action: "MONEV_QUESTION_ADDED", entityType: "MonevQuestion", entityId: created.id, after: { ...created, year } });
  });
}

/** Removes a question (and its draft answers); an indicator keeps at least one question. */
export async function removeMonevQuestion(user: StaffUser, questionId: string, client: Db = db): Promise<void> {
  assertPermission(user, "completeMonev");
  await client.$transaction(async (tx) => {
    const question = await tx.monevQuestion.findUnique({ where: { id: questionId } });
    if (!question) throw new RuleError("Pertanyaan tidak ditemukan.");
    const year = await openYearOf(tx, question.indicatorId);
    if ((await tx.monevQuestion.count({ where: { indicatorId: question.indicatorId } })) <= 1) throw new RuleError("Setiap indikator memerlukan minimal satu pertanyaan.");
    const answers = await tx.monevAnswer.deleteMany({ where: { questionId } });
    await tx.monevQuestion.delete({ where: { id: questionId } });
    await writeAudit(tx, user, { action: "MONEV_QUESTION_REMOVED", entityType: "MonevQuestion", entityId: questionId, before: { ...question, year, draftAnswers: answers.count }, after: null });
  });
}
