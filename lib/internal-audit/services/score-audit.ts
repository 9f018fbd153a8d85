import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { writeAudit } from "@/lib/audit/write-audit";
import { parseOrRefuse, RuleError } from "@/lib/rule-error";
import { recordUpload, type StoredUpload } from "@/lib/files/save-upload";
import { assertAuditEditable, assertRevisable, submissionProblem } from "../locking";
import { scoreAudit, validateItemScore } from "../scoring";
import { reviseAuditSchema, scoreItemSchema, submitAuditSchema } from "../schema";

async function lockAudit(tx: Tx, auditId: string) {
  // Row lock: a submit and a score saved at the same moment cannot interleave.
  await tx.$queryRaw`SELECT id FROM "InternalAudit" WHERE id = ${auditId} FOR UPDATE`;
  const audit = await tx.internalAudit.findUnique({
    where: { id: auditId },
    select: { id: true, status: true, period: true, revision: true, instrumentId: true },
  });
  if (!audit) throw new RuleError("Audit tidak ditemukan.");
  return audit;
}

/** Score one item. Changing a pre-filled score needs a reason (the figure stays on record). */
export async function scoreAuditItem(user: StaffUser, input: Record<string, string>, client: Db = db, evidence: StoredUpload | null = null): Promise<void> {
  assertPermission(user, "scoreAudit");
  const v = parseOrRefuse(scoreItemSchema, input);
  await client.$transaction(async (tx) => {
    const audit = await lockAudit(tx, v.auditId);
    assertAuditEditable(audit);
    const row = await tx.auditItemScore.findUnique({
      where: { auditId_itemId: { auditId: v.auditId, itemId: v.itemId } },
      select: { id: true, score: true, prefillScore: true, overrideReason: true, note: true, evidenceLink: true, evidenceFileId: true, item: { select: { maxScore: true } } },
    });
    if (!row) throw new RuleError("Butir audit tidak ditemukan.");
    const invalid = validateItemScore(v.score, row.item.maxScore);
    if (invalid) throw RuleError.at("score", invalid);
    const overrides = row.prefillScore !== null && v.score !== row.prefillScore;
    if (overrides && !v.overrideReason) {
      throw RuleError.at("overrideReason", `Nilai berbeda dari nilai isian otomatis (${row.prefillScore}); tuliskan alasannya.`);
    }
    // A new evidence file replaces the previous one; without a new file the stored one stays.
    const evidenceFileId = evidence ? await recordUpload(tx, evidence) : row.evidenceFileId;
    const data = { score: v.score, note: v.note, evidenceLink: v.evidenceLink, evidenceFileId, overrideReason: overrides ? v.overrideReason : null };
    await tx.auditItemScore.update({ where: { id: row.id }, data });
    const { item: _item, id: _id, ...before } = row;
    await writeAudit(tx, user, { action: "INTERNAL_AUDIT_SCORE", entityType: "InternalAudit", entityId: audit.id, before: { itemId: v.itemId, ...before }, after: { itemId: v.itemId, ...data } });
  });
}

export async function loadScoredItems(tx: Tx | Db, auditId: string) {
  const rows = await tx.auditItemScore.findMany({
    where: { auditId },
    select: { score: true, item: { select: { sectionId: true, weight: true, maxScore: true } } },
  });
  return rows.map((r) => ({ sectionId: r.item.sectionId, weight: r.item.weight, maxScore: r.item.maxScore, score: r.score }));
}

/** Submit: every item scored → weighted total stored, audit locked for good. */
export async function submitAudit(user: StaffUser, input: Record<string, string>, client: Db = db): Promise<void> {
  assertPermission(user, "scoreAudit");
  const v = parseOrRefuse(submitAuditSchema, input);
  await client.$transaction(async (tx) => {
    const audit = await lockAudit(tx, v.auditId);
    assertAuditEditable(audit);
    const result = scoreAudit(await loadScoredItems(tx, audit.id));
    const problem = submissionProblem(result.unscored);
    if (problem) throw new RuleError(problem);
    const after = { status: "SUBMITTED" as const, totalScore: result.total, summary: v.summary, submittedAt: new Date() };
    await tx.internalAudit.update({ where: { id: audit.id }, data: after });
    await writeAudit(tx, user, { action: "INTERNAL_AUDIT_SUBMIT", entityType: "InternalAudit", entityId: audit.id, before: { status: audit.status }, after });
  });
}

/** A correction of a submitted audit: a new draft revision with the same scores; the old one stays as it was. */
export async function reviseAudit(user: StaffUser, input: Record<string, string>, client: Db = db): Promise<string> {
  assertPermission(user, "scoreAudit");
  const v = parseOrRefuse(reviseAuditSchema, input);
  return client.$transaction(async (tx) => {
    const audit = await lockAudit(tx, v.auditId);
    const latest = await tx.internalAudit.aggregate({ where: { period: audit.period }, _max: { revision: true } });
    assertRevisable(audit, latest._max.revision ?? audit.revision);
    const source = await tx.internalAudit.findUniqueOrThrow({
      where: { id: audit.id },
      select: { periodStart: true, periodEnd: true, scores: { select: { itemId: true, score: true, prefillScore: true, prefillFigure: true, overrideReason: true, note: true, evidenceLink: true, evidenceFileId: true } } },
    });
    const created = await tx.internalAudit.create({
      data: {
        instrumentId: audit.instrumentId,
        period: audit.period,
        periodStart: source.periodStart,
        periodEnd: source.periodEnd,
        revision: audit.revision + 1,
        revisionOfId: audit.id,
        revisionReason: v.reason,
        auditorId: user.id,
        scores: { create: source.scores },
      },
      select: { id: true, period: true, revision: true },
    });
    await writeAudit(tx, user, { action: "INTERNAL_AUDIT_REVISE", entityType: "InternalAudit", entityId: created.id, after: { ...created, revisionOf: audit.id, reason: v.reason } });
    return created.id;
  });
}
