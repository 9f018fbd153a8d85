import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { writeAudit } from "@/lib/audit/write-audit";
import { RuleError } from "@/lib/rule-error";
import { optionalLink } from "@/lib/internal-audit/schema";
import { recordUpload, type StoredUpload } from "@/lib/files/save-upload";
import { scoreMonev, type MonevResult } from "./scoring";

/** The year's indicators with questions (and this assessment's answers, when there is one). */
export async function loadMonevYear(year: number, client: Db | Tx = db) {
  const [indicators, assessment] = await Promise.all([
    client.monevIndicator.findMany({
      where: { year },
      orderBy: { order: "asc" },
      select: { id: true, code: true, name: true, weight: true, questions: { orderBy: { order: "asc" }, select: { id: true, text: true, maxScore: true } } },
    }),
    client.monevAssessment.findUnique({
      where: { year },
      select: { id: true, status: true, selfScore: true, visitScore: true, completedAt: true, answers: { select: { questionId: true, score: true, note: true, evidenceLink: true, evidenceFileId: true } } },
    }),
  ]);
  return { indicators, assessment };
}

export type MonevYear = Awaited<ReturnType<typeof loadMonevYear>>;

export function resultOf({ indicators, assessment }: MonevYear): MonevResult {
  const answers = new Map((assessment?.answers ?? []).map((a) => [a.questionId, a.score]));
  return scoreMonev(
    indicators.map((i) => ({ code: i.code, name: i.name, weight: i.weight, questions: i.questions.map((q) => ({ maxScore: q.maxScore, score: answers.get(q.id) ?? null })) })),
  );
}

/**
 * Saves the posted answers (fields score-<questionId>, note-<id>, link-<id>); with `complete` every
 * question must be answered and the self-assessment score is stored. A completed year is read-only.
 */
export async function saveMonevAnswers(
  user: StaffUser,
  year: number,
  form: Record<string, string>,
  complete: boolean,
  client: Db = db,
  files: ReadonlyMap<string, StoredUpload> = new Map(),
) {
  assertPermission(user, "completeMonev");
  return client.$transaction(async (tx) => {
    const data = await loadMonevYear(year, tx);
    if (data.indicators.length === 0) throw new RuleError(`Indikator Monev tahun ${year} belum ditetapkan.`);
    if (data.assessment?.status === "SELESAI") throw new RuleError(`Penilaian mandiri ${year} sudah diselesaikan dan tidak dapat diubah.`);
    const errors: Record<string, string[]> = {};
    const answers: { questionId: string; score: number; note: string | null; evidenceLink: string | null }[] = [];
    for (const q of data.indicators.flatMap((i) => i.questions)) {
      const raw = (form[`score-${q.id}`] ?? "").trim();
      const link = optionalLink.safeParse(form[`link-${q.id}`] ?? "");
      if (!link.success) errors[`link-${q.id}`] = [link.error.issues[0].message];
      if (raw === "") {
        if (complete) errors[`score-${q.id}`] = ["Pilih jawaban."];
        if (files.has(q.id)) errors[`file-${q.id}`] = ["Pilih jawaban sebelum melampirkan data dukung."];
        continue;
      }
      const score = Number(raw);
      if (!Number.isInteger(score) || score < 0 || score > q.maxScore) {
        errors[`score-${q.id}`] = [`Nilai harus antara 0 dan ${q.maxScore}.`];
        continue;
      }
      answers.push({ questionId: q.id, score, note: (form[`note-${q.id}`] ?? "").trim().slice(0, 2000) || null, evidenceLink: link.success ? link.data : null });
    }
    if (Object.keys(errors).length > 0) {
      throw new RuleError(complete ? "Lengkapi semua jawaban yang ditandai sebelum menyelesaikan." : "Periksa kembali isian yang ditandai.", errors);
    }
    const assessment = await tx.monevAssessment.upsert({ where: { year }, create: { year }, update: {}, select: { id: true } });
    for (const a of answers) {
      // A new data dukung document replaces the previous one; without one the stored document stays.
      const file = files.get(a.questionId);
      const evidence = file ? { evidenceFileId: await recordUpload(tx, file) } : {};
      await tx.monevAnswer.upsert({
        where: { assessmentId_questionId: { assessmentId: assessment.id, questionId: a.questionId } },
        create: { assessmentId: assessment.id, ...a, ...evidence },
        update: { score: a.score, note: a.note, evidenceLink: a.evidenceLink, ...evidence },
      });
    }
    const result = resultOf(await loadMonevYear(year, tx));
    if (complete) {
      await tx.monevAssessment.update({
        where: { id: assessment.id },
        data: { status: "SELESAI", selfScore: result.selfScore, completedAt: new Date(), completedById: user.id },
      });
    }
    await writeAudit(tx, user, { action: complete ? "MONEV_COMPLETE" : "MONEV_SAVE", entityType: "MonevAssessment", entityId: assessment.id, after: { year, answers: answers.length, selfScore: result.selfScore } });
    return result;
  });
}

/** The Komisi Informasi's visit score (0–100), entered when it arrives; the final score then counts it 20%. */
export async function setMonevVisitScore(user: StaffUser, year: number, raw: string, client: Db = db): Promise<void> {
  assertPermission(user, "completeMonev");
  const value = Number(raw.replace(",", "."));
  if (raw.trim() === "" || !Number.isFinite(value) || value < 0 || value > 100) throw RuleError.at("visitScore", "Isi nilai visitasi antara 0 dan 100.");
  await client.$transaction(async (tx) => {
    const assessment = await tx.monevAssessment.findUnique({ where: { year }, select: { id: true, status: true, visitScore: true } });
    if (assessment?.status !== "SELESAI") throw RuleError.at("visitScore", "Selesaikan penilaian mandiri terlebih dahulu.");
    await tx.monevAssessment.update({ where: { id: assessment.id }, data: { visitScore: value } });
    await writeAudit(tx, user, { action: "MONEV_VISIT_SCORE", entityType: "MonevAssessment", entityId: assessment.id, before: { visitScore: assessment.visitScore }, after: { visitScore: value } });
  });
}
