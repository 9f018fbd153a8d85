import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { writeAudit } from "@/lib/audit/write-audit";
import { recordUpload, type StoredUpload } from "@/lib/files/save-upload";
import { parseOrRefuse, RuleError } from "@/lib/rule-error";
import { dipItemSchema, verificationSchema, type DipItemInput } from "./schema";
import { slugify } from "./slug";
import { checkLink } from "./link-check";

// Dates typed in the form are office calendar days; stored at noon UTC so every zone shows the same day.
const dayToDate = (day: string) => new Date(`${day}T12:00:00Z`);
const plainDate = (day: string | null) => (day ? new Date(`${day}T00:00:00Z`) : null);

async function uniqueSlug(tx: Tx, title: string, exceptId?: string): Promise<string> {
  const base = slugify(title);
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    const taken = await tx.dipItem.findUnique({ where: { slug }, select: { id: true } });
    if (!taken || taken.id === exceptId) return slug;
  }
}

async function checkMandatoryKind(tx: Tx, input: DipItemInput): Promise<void> {
  if (!input.mandatoryKindId) return;
  const kind = await tx.dipMandatoryKind.findUnique({ where: { id: input.mandatoryKindId }, select: { category: true } });
  if (!kind) throw RuleError.at("mandatoryKindId", "Jenis informasi wajib tidak ditemukan.");
  if (kind.category !== input.category) throw RuleError.at("mandatoryKindId", "Kategori item harus sama dengan kategori jenis informasi wajib.");
}

function columns(input: DipItemInput) {
  const exempt = input.category === "DIKECUALIKAN";
  return {
    category: input.category,
    title: input.title,
    summary: input.summary,
    tags: input.tags,
    unit: input.unit,
    responsibleOfficial: input.responsibleOfficial,
    madeWhen: input.madeWhen,
    madeWhere: input.madeWhere,
    formats: input.formats,
    retentionPeriod: input.retentionPeriod,
    linkUrl: input.linkUrl,
    mandatoryKindId: input.mandatoryKindId,
    updateCycleMonths: input.updateCycleMonths,
    lastUpdatedAt: dayToDate(input.lastUpdatedAt),
    exemptLetter: exempt ? input.exemptLetter : null,
    exemptLegalBasis: exempt ? input.exemptLegalBasis : null,
    exemptConsequence: exempt ? input.exemptConsequence : null,
    exemptUntil: exempt ? plainDate(input.exemptUntil) : null,
    exemptDecisionNumber: exempt ? input.exemptDecisionNumber : null,
    exemptDecisionDate: exempt ? plainDate(input.exemptDecisionDate) : null,
  };
}

/** Serta merta items cannot be held back: they are published the moment they are saved. */
function publishedAtFor(input: DipItemInput, current: Date | null, now: Date): Date | null {
  if (input.category === "SERTA_MERTA" || input.publish) return current ?? now;
  return null;
}

export async function createDipItem(user: StaffUser, raw: unknown, upload: StoredUpload | null, now = new Date(), client: Db = db) {
  assertPermission(user, "manageCatalogue");
  const input = parseOrRefuse(dipItemSchema, raw);
  return client.$transaction(async (tx) => {
    await checkMandatoryKind(tx, input);
    const item = await tx.dipItem.create({
      data: { ...columns(input), slug: await uniqueSlug(tx, input.title), publishedAt: publishedAtFor(input, null, now) },
      select: { id: true, slug: true, title: true, category: true, publishedAt: true },
    });
    if (upload) await tx.dipItemFile.create({ data: { itemId: item.id, fileId: await recordUpload(tx, upload) } });
    await writeAudit(tx, user, { action: "DIP_ITEM_CREATED", entityType: "DipItem", entityId: item.id, after: { ...input, file: upload?.originalName } });
    return item;
  });
}

export async function updateDipItem(user: StaffUser, itemId: string, raw: unknown, upload: StoredUpload | null, now = new Date(), client: Db = db) {
  assertPermission(user, "manageCatalogue");
  const input = parseOrRefuse(dipItemSchema, raw);
  return client.$transaction(async (tx) => {
    const before = await tx.dipItem.findUnique({ where: { id: itemId }, select: { publishedAt: true, title: true, lastUpdatedAt: true, category: true, linkUrl: true } });
    if (!before) throw new RuleError("Item informasi tidak ditemukan.");
    await checkMandatoryKind(tx, input);
    const item = await tx.dipItem.update({
      where: { id: itemId },
      data: {
        ...columns(input),
        publishedAt: publishedAtFor(input, before.publishedAt, now),
        // A new address has not been checked yet.
        ...(before.linkUrl !== input.linkUrl ? { linkOk: null, linkCheckedAt: null } : {}),
      },
      select: { id: true, slug: true, title: true, category: true, publishedAt: true },
    });
    if (upload) await tx.dipItemFile.create({ data: { itemId, fileId: await recordUpload(tx, upload) } });
    await writeAudit(tx, user, { action: "DIP_ITEM_UPDATED", entityType: "DipItem", entityId: itemId, before, after: { ...input, file: upload?.originalName } });
    return item;
  });
}

/** Withdraws an item from the portal (or restores it); history stays. */
export async function setDipItemWithdrawn(user: StaffUser, itemId: string, withdrawn: boolean, now = new Date(), client: Db = db) {
  assertPermission(user, "manageCatalogue");
  return client.$transaction(async (tx) => {
    const item = await tx.dipItem.update({ where: { id: itemId }, data: { withdrawnAt: withdrawn ? now : null }, select: { id: true, title: true } });
    await writeAudit(tx, user, { action: withdrawn ? "DIP_ITEM_WITHDRAWN" : "DIP_ITEM_RESTORED", entityType: "DipItem", entityId: itemId });
    return item;
  });
}

/**
 * Records a review. It passes only when all four checks hold; a passed review restarts the item's
 * review cycle (lastVerifiedAt), a failed one is kept in the history with its notes.
 */
export async function verifyDipItem(user: StaffUser, itemId: string, raw: unknown, now = new Date(), client: Db = db) {
  assertPermission(user, "manageCatalogue");
  const input = parseOrRefuse(verificationSchema, raw);
  const passed = input.contentCurrent && input.figuresMatch && input.accessWorks && input.formatAccessible;
  return client.$transaction(async (tx) => {
    const exists = await tx.dipItem.findUnique({ where: { id: itemId }, select: { id: true } });
    if (!exists) throw new RuleError("Item informasi tidak ditemukan.");
    const verification = await tx.dipVerification.create({
      data: { ...input, passed, itemId, reviewerId: user.id, at: now },
      select: { id: true, passed: true },
    });
    if (passed) await tx.dipItem.update({ where: { id: itemId }, data: { lastVerifiedAt: now } });
    await writeAudit(tx, user, { action: "DIP_ITEM_VERIFIED", entityType: "DipItem", entityId: itemId, after: { ...input, passed } });
    return verification;
  });
}

/** Checks the item's link now and records the result (a failed link makes the item "rusak"). */
export async function recordLinkCheck(user: StaffUser, itemId: string, fetchImpl: typeof fetch = fetch, now = new Date(), client: Db = db) {
  assertPermission(user, "manageCatalogue");
  const item = await client.dipItem.findUnique({ where: { id: itemId }, select: { linkUrl: true } });
  if (!item) throw new RuleError("Item informasi tidak ditemukan.");
  if (!item.linkUrl) throw new RuleError("Item ini tidak memiliki tautan.");
  const result = await checkLink(item.linkUrl, fetchImpl);
  await client.$transaction(async (tx) => {
    await tx.dipItem.update({ where: { id: itemId }, data: { linkOk: result.ok, linkCheckedAt: now } });
    await writeAudit(tx, user, { action: "DIP_LINK_CHECKED", entityType: "DipItem", entityId: itemId, after: { url: item.linkUrl, ...result } });
  });
  return result;
}
