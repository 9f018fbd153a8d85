import "server-only";
import { db, type Db } from "@/lib/db";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { hasPermission } from "@/lib/auth/roles";
import { writeAudit } from "@/lib/audit/write-audit";
import { parseOrRefuse, RuleError } from "@/lib/rule-error";
import { assertAuditEditable } from "../locking";
import { followUpSchema, raiseFindingSchema } from "../schema";

/** A finding is raised while the audit is being scored; it lives on (follow-up) after submission. */
export async function raiseFinding(user: StaffUser, input: Record<string, string>, client: Db = db): Promise<string> {
  assertPermission(user, "scoreAudit");
  const v = parseOrRefuse(raiseFindingSchema, input);
  return client.$transaction(async (tx) => {
    const audit = await tx.internalAudit.findUnique({ where: { id: v.auditId }, select: { id: true, status: true, instrumentId: true } });
    if (!audit) throw new RuleError("Audit tidak ditemukan.");
    assertAuditEditable(audit);
    const owner = await tx.user.findUnique({ where: { id: v.ownerId }, select: { active: true } });
    if (!owner?.active) throw RuleError.at("ownerId", "Penanggung jawab harus pengguna yang aktif.");
    if (v.itemId) {
      const item = await tx.auditItem.findFirst({ where: { id: v.itemId, section: { instrumentId: audit.instrumentId } }, select: { id: true } });
      if (!item) throw RuleError.at("itemId", "Butir audit tidak ditemukan pada instrumen ini.");
    }
    const finding = await tx.auditFinding.create({
      data: { auditId: v.auditId, itemId: v.itemId, title: v.title, description: v.description, severity: v.severity, ownerId: v.ownerId, dueDate: v.dueDate },
    });
    await writeAudit(tx, user, { action: "AUDIT_FINDING_RAISE", entityType: "AuditFinding", entityId: finding.id, after: finding });
    return finding.id;
  });
}

/** The owner (or an auditor/admin) records a follow-up; `close` closes the finding with it. */
export async function recordFollowUp(user: StaffUser, input: Record<string, string>, client: Db = db): Promise<void> {
  assertPermission(user, "followUpFinding");
  const v = parseOrRefuse(followUpSchema, input);
  await client.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "AuditFinding" WHERE id = ${v.findingId} FOR UPDATE`;
    const finding = await tx.auditFinding.findUnique({ where: { id: v.findingId }, select: { id: true, ownerId: true, status: true } });
    if (!finding) throw new RuleError("Temuan tidak ditemukan.");
    if (finding.ownerId !== user.id && !hasPermission(user.role, "scoreAudit")) {
      throw new RuleError("Hanya penanggung jawab temuan (atau auditor) yang dapat mencatat tindak lanjut.");
    }
    if (finding.status === "DITUTUP") throw new RuleError("Temuan ini sudah ditutup.");
    await tx.findingFollowUp.create({ data: { findingId: finding.id, note: v.note, evidenceLink: v.evidenceLink, closes: v.close, actorId: user.id } });
    if (v.close) await tx.auditFinding.update({ where: { id: finding.id }, data: { status: "DITUTUP", closedAt: new Date() } });
    await writeAudit(tx, user, {
      action: v.close ? "AUDIT_FINDING_CLOSE" : "AUDIT_FINDING_FOLLOW_UP",
      entityType: "AuditFinding",
      entityId: finding.id,
      before: { status: finding.status },
      after: { note: v.note, evidenceLink: v.evidenceLink, status: v.close ? "DITUTUP" : finding.status },
    });
  });
}
