import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import { calendarDateFromUtcDate } from "@/lib/deadlines";
import { calendarPausesOf } from "@/lib/requests/request-deadlines";
import type { ReportRequestRow } from "./request-summary";

/**
 * Requests received in [from, to) as the reports count them — the same range filter as
 * registerRows (receivedAt), so the report, the register and /statistik agree.
 */
export async function reportRequestRows(range: { from: Date; to: Date }, client: Db | Tx = db, extra: { assignedToId?: string } = {}): Promise<ReportRequestRow[]> {
  const rows = await client.informationRequest.findMany({
    where: { receivedAt: { gte: range.from, lt: range.to }, ...(extra.assignedToId ? { assignedToId: extra.assignedToId } : {}) },
    orderBy: [{ year: "asc" }, { sequence: "asc" }],
    select: {
      id: true, registrationNumber: true, applicantName: true, channel: true, applicantType: true, status: true, outcome: true,
      assignedToId: true, clockStartDate: true, noticeDate: true, dueDate: true, extendedDueDate: true, exemptionArticle: true, consequenceTestRef: true,
      pauses: { select: { startDate: true, resumeDate: true } },
    },
  });
  return rows.map(({ clockStartDate, noticeDate, dueDate, extendedDueDate, pauses, ...rest }) => ({
    ...rest,
    pauses: calendarPausesOf(pauses),
    clockStartDate: calendarDateFromUtcDate(clockStartDate),
    noticeDate: noticeDate ? calendarDateFromUtcDate(noticeDate) : null,
    dueDate: dueDate ? calendarDateFromUtcDate(dueDate) : null,
    extended: extendedDueDate !== null,
  }));
}
