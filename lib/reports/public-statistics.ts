import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import { getClockSettings } from "@/lib/settings/clock";
import { periodIkm, type PeriodIkm } from "@/lib/survey/ikm-queries";
import { officeRange, type ReportPeriod } from "./period";
import { requestFiguresOf } from "./request-figures";
import type { RequestSummary } from "./request-summary";

/** UU KIP Pasal 12 figures of a period for the public /statistik page (no names, no numbers of requests). */
export type PublicStatistics = Omit<RequestSummary, "overdue" | "refusals"> & { overdueCount: number; ikm: PeriodIkm["ikm"]; sample: PeriodIkm["sample"] };

export async function publicStatistics(period: ReportPeriod, now = new Date(), client: Db | Tx = db): Promise<PublicStatistics> {
  const { timeZone } = await getClockSettings(client);
  const [figures, ikm] = await Promise.all([requestFiguresOf(officeRange(period, timeZone), now, client), periodIkm(period, client)]);
  const { overdue, refusals: _refusals, ...rest } = figures;
  return { ...rest, overdueCount: overdue.length, ikm: ikm.ikm, sample: ikm.sample };
}
