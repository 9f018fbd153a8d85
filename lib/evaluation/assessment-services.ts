import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { writeAudit } from "@/lib/audit/write-audit";
import { todayInZone } from "@/lib/deadlines";
import { officeDateOf } from "@/lib/datetime/zoned-to-utc";
import { formatDate } from "@/lib/format/dates";
import { officeRange, parseReportPeriod } from "@/lib/reports/period";
import { parseOrRefuse, RuleError } from "@/lib/rule-error";
import { getClockSettings } from "@/lib/settings/clock";
import { finalizeFieldErrors, scoreEntries } from "./assessment-entries";
import { assessorRefusal, periodNotStarted } from "./assessor-rules";
import { finalizeProblem, scoreRubric } from "./rubric-score";
import { assessmentSchema, reviseSchema } from "./schema";

export const FINAL_LOCKED_MESSAGE = "Penilaian periode ini sudah final dan terkunci. Buat revisi bila perlu dikoreksi.";

/** Serialises every write to one officer's assessment of one period (two assessors at once). */
async function lockOfficerPeriod(tx: Tx, officerId: string, period: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`officer-assessment:${officerId}:${period}`}))`;
}

async function assessableOfficer(tx: Tx, user: StaffUser, officerId: string) {
  const officer = await tx.user.findUnique({ where: { id: officerId }, select: { id: true, role: true, createdAt: true } });
  if (!officer) throw RuleError.at("officerId", "Petugas tidak ditemukan.");
  const refusal = assessorRefusal(user, officer);
  if (refusal) throw new RuleError(refusal);
  return officer;
}

const scoresByCode = (rows: readonly { criterionCode: string; score: number | null }[]) => Object.fromEntries(rows.map((r) => [r.criterionCode, r.score]));

/**
 * Saves the scoring form as a draft or (intent "final") finalises it. A draft always follows the
 * active criteria and stores each one's snapshot; finalising needs every criterion scored and both
 * overall notes, stores the total and category, and locks the assessment (trigger-backed).
 */
export async function saveOfficerAssessment(user: StaffUser, input: Record<string, string>, client: Db = db, now = new Date()) {
  assertPermission(user, "assessOfficer");
  const v = parseOrRefuse(assessmentSchema, input);
  const period = parseReportPeriod(v.period)!;
  return client.$transaction(async (tx) => {
    const officer = await assessableOfficer(tx, user, v.officerId);
    const { timeZone } = await getClockSettings(tx);
    if (periodNotStarted(period, todayInZone(now, timeZone))) throw RuleError.at("period", "Periode ini belum dimulai; penilaian dibuat setelah periode berjalan.");
    // Nobody is assessed for a period that ended before their account existed (a replayed or mistyped period).
    if (officeRange(period, timeZone).to <= officer.createdAt) {
      throw RuleError.at("period", `Akun petugas ini dibuat pada ${formatDate(officeDateOf(officer.createdAt, timeZone))}; periode sebelum itu tidak dapat dinilai.`);
    }
    await lockOfficerPeriod(tx, officer.id, period.key);
    const latest = await tx.officerAssessment.findFirst({
      where: { officerId: officer.id, period: period.key },
      orderBy: { revision: "desc" },
      select: { id: true, status: true, revision: true, strengths: true, improvements: true, scores: { select: { criterionCode: true, score: true } } },
    });
    if (latest?.status === "FINAL") throw new RuleError(FINAL_LOCKED_MESSAGE);
    const criteria = await tx.assessmentCriterion.findMany({
      where: { active: true },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
      select: { id: true, code: true, name: true, weight: true, levels: true, sortOrder: true },
    });
    const { entries, fieldErrors } = scoreEntries(criteria, input);
    if (Object.keys(fieldErrors).length > 0) throw new RuleError("Periksa kembali isian yang ditandai.", fieldErrors);
    const result = scoreRubric(entries);
    const final = v.intent === "final";
    if (final) {
      const errors = finalizeFieldErrors(entries, v);
      const problem = finalizeProblem(result, criteria.length);
      if (problem || Object.keys(errors).length > 0) throw new RuleError(problem ?? "Lengkapi catatan umum sebelum memfinalkan.", errors);
    }
    const id = latest?.id ?? (await tx.officerAssessment.create({ data: { officerId: officer.id, period: period.key, assessorId: user.id }, select: { id: true } })).id;
    await tx.officerAssessmentScore.deleteMany({ where: { assessmentId: id, criterionId: { notIn: criteria.map((c) => c.id) } } });
    for (const { criterionId, ...entry } of entries) {
      await tx.officerAssessmentScore.upsert({
        where: { assessmentId_criterionId: { assessmentId: id, criterionId } },
        create: { assessmentId: id, criterionId, ...entry },
        update: entry,
      });
    }
    const after = {
      officerId: officer.id,
      period: period.key,
      revision: latest?.revision ?? 1,
      status: final ? ("FINAL" as const) : ("DRAFT" as const),
      scores: scoresByCode(entries),
      strengths: v.strengths,
      improvements: v.improvements,
      totalScore: final ? result.total : null,
      category: final ? result.category : null,
    };
    await tx.officerAssessment.update({
      where: { id },
      data: { assessorId: user.id, strengths: v.strengths, improvements: v.improvements, ...(final ? { status: "FINAL", totalScore: result.total, category: result.category, finalizedAt: now } : {}) },
    });
    const before = latest ? { status: latest.status, scores: scoresByCode(latest.scores), strengths: latest.strengths, improvements: latest.improvements } : null;
    await writeAudit(tx, user, { action: final ? "OFFICER_ASSESSMENT_FINALIZED" : "OFFICER_ASSESSMENT_SAVED", entityType: "OfficerAssessment", entityId: id, before, after });
    return { id, status: after.status, total: result.total, partial: result.partial };
  });
}

/** A correction of a final assessment: a new draft revision with the same scores and notes; the final one stays. */
export async function reviseOfficerAssessment(user: StaffUser, input: Record<string, string>, client: Db = db): Promise<string> {
  assertPermission(user, "assessOfficer");
  const v = parseOrRefuse(reviseSchema, input);
  return client.$transaction(async (tx) => {
    const source = await tx.officerAssessment.findUnique({ where: { id: v.assessmentId }, select: { id: true, officerId: true, period: true } });
    if (!source) throw new RuleError("Penilaian tidak ditemukan.");
    await assessableOfficer(tx, user, source.officerId);
    await lockOfficerPeriod(tx, source.officerId, source.period);
    const current = await tx.officerAssessment.findUniqueOrThrow({
      where: { id: source.id },
      select: {
        status: true, revision: true, strengths: true, improvements: true,
        scores: { select: { criterionId: true, criterionCode: true, criterionName: true, weight: true, levels: true, sortOrder: true, score: true, note: true } },
      },
    });
    const latest = await tx.officerAssessment.aggregate({ where: { officerId: source.officerId, period: source.period }, _max: { revision: true } });
    if (current.status !== "FINAL") throw new RuleError("Penilaian yang masih draf dapat diubah langsung; revisi tidak diperlukan.");
    if (current.revision !== latest._max.revision) throw new RuleError(`Sudah ada revisi ke-${latest._max.revision}; koreksi dibuat dari versi terbaru.`);
    const created = await tx.officerAssessment.create({
      data: {
        officerId: source.officerId,
        period: source.period,
        revision: current.revision + 1,
        revisionOfId: source.id,
        revisionReason: v.reason,
        assessorId: user.id,
        strengths: current.strengths,
        improvements: current.improvements,
        scores: { create: current.scores.map((s) => ({ ...s, levels: s.levels ?? [] })) },
      },
      select: { id: true, revision: true },
    });
    await writeAudit(tx, user, {
      action: "OFFICER_ASSESSMENT_REVISED",
      entityType: "OfficerAssessment",
      entityId: created.id,
      after: { officerId: source.officerId, period: source.period, revision: created.revision, revisionOf: source.id, reason: v.reason },
    });
    return created.id;
  });
}
