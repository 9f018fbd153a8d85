import { officeDateOf } from "@/lib/datetime/zoned-to-utc";
import type { DipCategory } from "@/lib/generated/prisma/enums";
import { freshnessOf, type Freshness } from "./freshness";

/** The columns freshness needs (select them with FRESHNESS_SELECT). */
export const FRESHNESS_SELECT = {
  category: true,
  lastUpdatedAt: true,
  lastVerifiedAt: true,
  updateCycleMonths: true,
  exemptUntil: true,
  linkUrl: true,
  linkOk: true,
  _count: { select: { files: true } },
} as const;

export type FreshnessRow = {
  category: DipCategory;
  lastUpdatedAt: Date;
  lastVerifiedAt: Date | null;
  updateCycleMonths: number;
  exemptUntil: Date | null;
  linkUrl: string | null;
  linkOk: boolean | null;
  _count: { files: number };
};

/** Database row → freshness, with dates taken in the office time zone (exemptUntil is a plain date). */
export function freshnessOfRow(row: FreshnessRow, now: Date, timeZone: string, dueSoonDays: number, fileMissing = false): Freshness {
  return freshnessOf(
    {
      category: row.category,
      lastUpdated: officeDateOf(row.lastUpdatedAt, timeZone),
      lastVerified: row.lastVerifiedAt ? officeDateOf(row.lastVerifiedAt, timeZone) : null,
      cycleMonths: row.updateCycleMonths,
      exemptUntil: row.exemptUntil ? (row.exemptUntil.toISOString().slice(0, 10) as `${number}-${number}-${number}`) : null,
      hasContent: row._count.files > 0 || Boolean(row.linkUrl),
      fileMissing,
      linkOk: row.linkUrl ? row.linkOk : null,
    },
    officeDateOf(now, timeZone),
    dueSoonDays,
  );
}
