import "server-only";
import type { Db, Tx } from "@/lib/db";
import type { Clock } from "@/lib/deadlines/calendar-store";
import type { CalendarDate } from "@/lib/deadlines";
import { computeIkm } from "@/lib/survey/ikm";
import { answersOf } from "@/lib/survey/schema";
import type { ReportRequestRow } from "./request-summary";
import { summarizeRequests } from "./request-summary";

export type OfficerPerformance = {
  officerId: string;
  name: string;
  handled: number;
  onTimePercent: number | null;
  medianWorkingDays: number | null;
  overdue: number;
  ikm: number | null;
  respondents: number;
  complaints: number;
};

/**
 * Per officer (the assigned officer of the requests received in the period): requests handled,
 * share on time, median working days to the notice, overdue, the SKM of their requests and the
 * complaints filed about their requests. Same summarizeRequests as every other figure.
 * `extraIds`: officers to list even without requests in the period (zero figures).
 */
export async function officerPerformance(client: Db | Tx, rows: ReportRequestRow[], range: { from: Date; to: Date }, today: CalendarDate, clock: Clock, extraIds: readonly string[] = []): Promise<OfficerPerformance[]> {
  const ids = [...new Set([...rows.flatMap((r) => (r.assignedToId ? [r.assignedToId] : [])), ...extraIds])];
  if (ids.length === 0) return [];
  const [users, responses, complaints] = await Promise.all([
    client.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
    client.surveyResponse.findMany({
      where: { submittedAt: { gte: range.from, lt: range.to }, invitation: { request: { assignedToId: { in: ids } } } },
      select: { u1: true, u2: true, u3: true, u4: true, u5: true, u6: true, u7: true, u8: true, u9: true, invitation: { select: { request: { select: { assignedToId: true } } } } },
    }),
    client.complaint.findMany({ where: { receivedAt: { gte: range.from, lt: range.to }, request: { assignedToId: { in: ids } } }, select: { request: { select: { assignedToId: true } } } }),
  ]);
  const names = new Map(users.map((u) => [u.id, u.name]));
  return ids
    .map((id) => {
      const summary = summarizeRequests(rows.filter((r) => r.assignedToId === id), today, clock);
      const ikm = computeIkm(responses.filter((r) => r.invitation?.request.assignedToId === id).map(answersOf));
      return {
        officerId: id,
        name: names.get(id) ?? "(tidak dikenal)",
        handled: summary.received,
        onTimePercent: summary.onTimePercent,
        medianWorkingDays: summary.medianWorkingDays,
        overdue: summary.overdue.length,
        ikm: ikm.ikm,
        respondents: ikm.respondents,
        complaints: complaints.filter((c) => c.request?.assignedToId === id).length,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, "id"));
}
