import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { getClockSettings } from "@/lib/settings/clock";
import { FRESHNESS_SELECT, freshnessOfRow } from "./item-freshness";
import { getCatalogueSettings } from "./settings";

/** Everything staff see about one item: all columns, files, verifications and the change history. */
export async function getStaffItem(user: StaffUser, itemId: string, now: Date = new Date(), client: Db | Tx = db) {
  assertPermission(user, "readCatalogue");
  const item = await client.dipItem.findUnique({
    where: { id: itemId },
    select: {
      ...FRESHNESS_SELECT,
      id: true, slug: true, title: true, summary: true, tags: true, unit: true, responsibleOfficial: true,
      madeWhen: true, madeWhere: true, formats: true, retentionPeriod: true, linkCheckedAt: true,
      mandatoryKindId: true, mandatoryKind: { select: { title: true, legalBasis: true } },
      publishedAt: true, withdrawnAt: true, createdAt: true,
      exemptLetter: true, exemptLegalBasis: true, exemptConsequence: true, exemptDecisionNumber: true, exemptDecisionDate: true,
      files: { select: { file: { select: { id: true, originalName: true, mimeType: true, size: true } } }, orderBy: { createdAt: "asc" } },
      verifications: {
        select: { id: true, at: true, passed: true, notes: true, contentCurrent: true, figuresMatch: true, accessWorks: true, formatAccessible: true, reviewer: { select: { name: true } } },
        orderBy: { at: "desc" },
      },
    },
  });
  if (!item) return null;
  const [history, clock, settings] = await Promise.all([
    client.auditLog.findMany({
      where: { entityType: "DipItem", entityId: itemId },
      select: { id: true, action: true, at: true, actor: { select: { name: true } } },
      orderBy: { at: "desc" },
      take: 50,
    }),
    getClockSettings(client),
    getCatalogueSettings(client),
  ]);
  return { item, history, freshness: freshnessOfRow(item, now, clock.timeZone, settings.dueSoonDays), timeZone: clock.timeZone };
}

export type StaffItem = NonNullable<Awaited<ReturnType<typeof getStaffItem>>>;

/** Options for the form's mandatory-kind select. */
export async function listMandatoryKinds(user: StaffUser, client: Db | Tx = db) {
  assertPermission(user, "readCatalogue");
  return client.dipMandatoryKind.findMany({ orderBy: [{ category: "asc" }, { sortOrder: "asc" }] });
}
