import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import { todayInZone } from "@/lib/deadlines";
import { loadClock } from "@/lib/deadlines/calendar-store";
import { reportRequestRows } from "./request-rows";
import { summarizeRequests, type RequestSummary } from "./request-summary";

/**
 * THE request figures for a [from, to) range: used by the reports, the register summary and the
 * public /statistik page, so all three show the same numbers for the same period.
 */
export async function requestFiguresOf(range: { from: Date; to: Date }, now = new Date(), client: Db | Tx = db, officerId?: string): Promise<RequestSummary> {
  const clock = await loadClock(client);
  const rows = await reportRequestRows(range, client, officerId ? { assignedToId: officerId } : {});
  return summarizeRequests(rows, todayInZone(now, clock.settings.timeZone), clock);
}
