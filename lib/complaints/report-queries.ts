import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import type { ComplaintCategory } from "@/lib/generated/prisma/enums";
import { CATEGORY_VALUES } from "./labels";

export type Period = { from: Date; to: Date };

/**
 * Complaints received in [from, to) per category (every category present, zero included).
 * For reports: takes a client so report code can run it inside its own transaction.
 */
export async function complaintCountsByCategory(period: Period, client: Db | Tx = db): Promise<Record<ComplaintCategory, number>> {
  const groups = await client.complaint.groupBy({ by: ["category"], where: { receivedAt: { gte: period.from, lt: period.to } }, _count: { _all: true } });
  const counts = Object.fromEntries(CATEGORY_VALUES.map((c) => [c, 0])) as Record<ComplaintCategory, number>;
  for (const g of groups) counts[g.category] = g._count._all;
  return counts;
}

/** Time to resolve (hours, receipt → resolved) of complaints resolved in [from, to): count, average, median, max. */
export async function complaintResolutionTimes(period: Period, client: Db | Tx = db) {
  const rows = await client.complaint.findMany({
    where: { resolvedAt: { gte: period.from, lt: period.to } },
    select: { receivedAt: true, resolvedAt: true },
  });
  const hours = rows.map((r) => (r.resolvedAt!.getTime() - r.receivedAt.getTime()) / 3_600_000).sort((a, b) => a - b);
  if (hours.length === 0) return { resolved: 0, averageHours: null, medianHours: null, maxHours: null };
  const mid = Math.floor(hours.length / 2);
  const median = hours.length % 2 ? hours[mid] : (hours[mid - 1] + hours[mid]) / 2;
  return { resolved: hours.length, averageHours: hours.reduce((a, b) => a + b, 0) / hours.length, medianHours: median, maxHours: hours[hours.length - 1] };
}
