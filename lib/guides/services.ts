import "server-only";
import { db, type Db } from "@/lib/db";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { writeAudit } from "@/lib/audit/write-audit";
import { parseOrRefuse, RuleError } from "@/lib/rule-error";
import { todayInOffice } from "./today";
import { currentVersion } from "./current-version";
import { newDocumentSchema, publishVersionSchema } from "./schema";

/** A new version (number = last + 1); earlier versions stay in the history. */
export async function publishGuideVersion(user: StaffUser, input: Record<string, string>, client: Db = db): Promise<number> {
  assertPermission(user, "manageGuides");
  const v = parseOrRefuse(publishVersionSchema, input);
  return client.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "GuideDocument" WHERE id = ${v.documentId} FOR UPDATE`;
    const doc = await tx.guideDocument.findUnique({ where: { id: v.documentId }, select: { id: true, versions: { select: { version: true }, orderBy: { version: "desc" }, take: 1 } } });
    if (!doc) throw new RuleError("Dokumen tidak ditemukan.");
    const version = (doc.versions[0]?.version ?? 0) + 1;
    const created = await tx.guideVersion.create({
      data: { documentId: doc.id, version, body: v.body, effectiveDate: v.effectiveDate, approverName: v.approverName, changeNote: v.changeNote },
      select: { id: true, version: true, effectiveDate: true, approverName: true },
    });
    await writeAudit(tx, user, { action: "GUIDE_PUBLISH_VERSION", entityType: "GuideDocument", entityId: doc.id, after: created });
    return version;
  });
}

/** Staff confirm they have read the version currently in force (once per version). */
export async function acknowledgeGuide(user: StaffUser, documentId: string, client: Db = db): Promise<void> {
  assertPermission(user, "acknowledgeGuide");
  await client.$transaction(async (tx) => {
    const versions = await tx.guideVersion.findMany({ where: { documentId }, select: { id: true, version: true, effectiveDate: true } });
    const current = currentVersion(versions, todayInOffice());
    if (!current) throw new RuleError("Dokumen ini belum memiliki versi yang berlaku.");
    const existing = await tx.guideAcknowledgement.findUnique({ where: { versionId_userId: { versionId: current.id, userId: user.id } }, select: { id: true } });
    if (existing) return;
    await tx.guideAcknowledgement.create({ data: { versionId: current.id, userId: user.id } });
    await writeAudit(tx, user, { action: "GUIDE_ACKNOWLEDGE", entityType: "GuideDocument", entityId: documentId, after: { version: current.version } });
  });
}

/** A new SOP, guide or standard with its first version. */
export async function createGuideDocument(user: StaffUser, input: Record<string, string>, client: Db = db): Promise<string> {
  assertPermission(user, "manageGuides");
  const v = parseOrRefuse(newDocumentSchema, input);
  return client.$transaction(async (tx) => {
    if (await tx.guideDocument.findUnique({ where: { code: v.code }, select: { id: true } })) throw RuleError.at("code", `Kode ${v.code} sudah dipakai.`);
    const last = await tx.guideDocument.aggregate({ _max: { order: true } });
    const doc = await tx.guideDocument.create({
      data: {
        code: v.code, title: v.title, kind: v.kind, isPublic: v.isPublic, order: (last._max.order ?? 0) + 1,
        versions: { create: { version: 1, body: v.body, effectiveDate: v.effectiveDate, approverName: v.approverName, changeNote: v.changeNote } },
      },
      select: { id: true, code: true, title: true, kind: true, isPublic: true },
    });
    await writeAudit(tx, user, { action: "GUIDE_PUBLISH_VERSION", entityType: "GuideDocument", entityId: doc.id, after: { ...doc, version: 1 } });
    return doc.id;
  });
}
