import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import type { StaffUser } from "@/lib/auth/guard";
import { assertPermission } from "@/lib/auth/guard";
import { storedFileExists } from "@/lib/files/storage";
import { getClockSettings } from "@/lib/settings/clock";
import type { Freshness } from "./freshness";
import { FRESHNESS_SELECT, freshnessOfRow } from "./item-freshness";
import { getCatalogueSettings } from "./settings";

// Missing bytes make an item "rusak"; a storage that cannot be asked counts as missing too.
const fileExists = (storageKey: string) => storedFileExists(storageKey).catch(() => false);

const MONITOR_SELECT = {
  ...FRESHNESS_SELECT,
  id: true,
  slug: true,
  title: true,
  unit: true,
  responsibleOfficial: true,
  publishedAt: true,
  withdrawnAt: true,
  mandatoryKindId: true,
  files: { select: { file: { select: { storageKey: true } } } },
} as const;

export type MonitoredItem = {
  id: string;
  slug: string;
  title: string;
  category: string;
  unit: string;
  responsibleOfficial: string;
  published: boolean;
  lastUpdatedAt: Date;
  lastVerifiedAt: Date | null;
  mandatoryKindId: string | null;
  freshness: Freshness;
};

/** Every catalogue item with its freshness (files checked in storage). For staff of any role. */
export async function monitorItems(user: StaffUser, now: Date = new Date(), client: Db | Tx = db): Promise<MonitoredItem[]> {
  assertPermission(user, "readCatalogue");
  return catalogueFreshness(now, client);
}

/** The same without a user: for the scheduled reminder job only (no route or action calls it). */
export async function catalogueFreshness(now: Date = new Date(), client: Db | Tx = db): Promise<MonitoredItem[]> {
  const [rows, clock, settings] = await Promise.all([
    client.dipItem.findMany({ select: MONITOR_SELECT, orderBy: [{ category: "asc" }, { title: "asc" }] }),
    getClockSettings(client),
    getCatalogueSettings(client),
  ]);
  return Promise.all(
    rows.map(async (row) => {
      const present = await Promise.all(row.files.map((f) => fileExists(f.file.storageKey)));
      const visible = row.publishedAt !== null && row.publishedAt <= now && row.withdrawnAt === null;
      return {
        id: row.id,
        slug: row.slug,
        title: row.title,
        category: row.category,
        unit: row.unit,
        responsibleOfficial: row.responsibleOfficial,
        published: visible,
        lastUpdatedAt: row.lastUpdatedAt,
        lastVerifiedAt: row.lastVerifiedAt,
        mandatoryKindId: row.mandatoryKindId,
        freshness: freshnessOfRow(row, now, clock.timeZone, settings.dueSoonDays, present.includes(false)),
      };
    }),
  );
}

/** Reminders for responsible officials: items due soon, overdue or broken, worst first. */
export function remindersOf(items: MonitoredItem[]) {
  const order = { BROKEN: 0, OVERDUE: 1, DUE_SOON: 2, FRESH: 3 } as const;
  return items
    .filter((i) => i.freshness.state !== "FRESH")
    .sort((a, b) => order[a.freshness.state] - order[b.freshness.state] || (a.freshness.daysLeft ?? 0) - (b.freshness.daysLeft ?? 0));
}
