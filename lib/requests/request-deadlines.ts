import "server-only";
import type { Tx } from "@/lib/db";
import {
  calendarDateFromUtcDate,
  calendarDateToUtcDate,
  computeRequestDeadlines,
  type CalendarDate,
  type RequestDeadlines,
} from "@/lib/deadlines";
import type { Clock } from "@/lib/deadlines/calendar-store";

type RequestClockInput = {
  receivedAt: Date;
  extendedAt: Date | null;
  pauses: { startDate: Date; resumeDate: Date | null }[];
};

/** Stored pauses (DATE columns) as the clock's calendar dates. */
export function calendarPausesOf(pauses: RequestClockInput["pauses"]) {
  return pauses.map((p) => ({
    startDate: calendarDateFromUtcDate(p.startDate),
    resumeDate: p.resumeDate ? calendarDateFromUtcDate(p.resumeDate) : null,
  }));
}

/** The legal clock for one stored request (pure: the caller supplies the loaded clock). */
export function deadlinesOfRequest(request: RequestClockInput, clock: Clock): RequestDeadlines {
  return computeRequestDeadlines({
    receivedAt: request.receivedAt,
    calendar: clock.calendar,
    settings: clock.settings,
    extended: request.extendedAt !== null,
    pauses: calendarPausesOf(request.pauses),
  });
}

const toDate = (date: CalendarDate | null) => (date ? calendarDateToUtcDate(date) : null);

/** Columns stored on InformationRequest so the inbox can sort and filter by due date with an index. */
export function deadlineColumns(deadlines: RequestDeadlines) {
  return {
    clockStartDate: calendarDateToUtcDate(deadlines.clockStartDate),
    noticeDueDate: toDate(deadlines.noticeDueDate),
    extendedDueDate: toDate(deadlines.extendedDueDate),
    dueDate: toDate(deadlines.extendedDueDate ?? deadlines.noticeDueDate),
    holidayDataWarning: deadlines.warnings.length > 0 ? deadlines.warnings.join(" ") : null,
  };
}

/**
 * Recomputes and stores the due dates of one request inside the caller's transaction
 * (after a pause, a resume, an extension, or a holiday edit). Returns before/after for the audit log.
 */
export async function refreshRequestDeadlines(tx: Tx, requestId: string, clock: Clock) {
  const request = await tx.informationRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: {
      receivedAt: true,
      extendedAt: true,
      dueDate: true,
      extendedDueDate: true,
      pauses: { select: { startDate: true, resumeDate: true } },
    },
  });
  const columns = deadlineColumns(deadlinesOfRequest(request, clock));
  await tx.informationRequest.update({ where: { id: requestId }, data: columns });
  return {
    before: { dueDate: request.dueDate, extendedDueDate: request.extendedDueDate },
    after: { dueDate: columns.dueDate, extendedDueDate: columns.extendedDueDate },
  };
}
