/**
 * Generic deadline helpers, reused for objections (keberatan) and disputes (sengketa):
 * same clock, same pauses, same holiday-coverage warnings as information requests.
 */
import { type CalendarDate, calendarDaysBetween, parseCalendarDate } from "./calendar-date";
import { createClockContext } from "./clock-context";
import type { ClockSettings } from "./clock-settings";
import type { HolidayCalendar } from "./holiday-calendar";
import { type ClarificationPause, normalizePauses } from "./pauses";
import { effectiveReceiptDateInContext } from "./receipt";
import { type WorkingDayResult, countWorkingDays, toResult } from "./working-days";

export interface DeadlineResult extends WorkingDayResult {
  /** The day the clock counts from (day 1 is the first working day after it). */
  clockStartDate: CalendarDate;
}

/**
 * Due date `workingDays` counted working days after `start`.
 * - `start` as a `Date` is a UTC instant of receipt (e.g. an objection received by the
 *   Atasan PPID): the cutoff and non-working-day rules apply, as for requests.
 * - `start` as a `CalendarDate` is used as is (e.g. the date an answer was given or the
 *   ground for an objection arose); use `effectiveReceiptDateFromDate` first if the
 *   date is a receipt that should follow the non-working-day rule.
 */
export function deadlineAfter(
  start: CalendarDate | Date,
  workingDays: number,
  calendar: HolidayCalendar,
  settings: ClockSettings,
  pauses: readonly ClarificationPause[] = [],
): DeadlineResult {
  const context = createClockContext(calendar, settings);
  const clockStartDate =
    start instanceof Date ? effectiveReceiptDateInContext(start, context) : parseCalendarDate(start);
  const date = countWorkingDays(clockStartDate, workingDays, context, normalizePauses(pauses));
  return { clockStartDate, ...toResult(date, context) };
}

/**
 * Overdue once `today` is after the due date (the due date itself is still on time).
 * An unknown due date (open pause) is never overdue.
 */
export function isOverdue(dueDate: CalendarDate | null, today: CalendarDate): boolean {
  if (dueDate === null) return false;
  return parseCalendarDate(today) > parseCalendarDate(dueDate);
}

/**
 * Calendar days from `today` to the due date: 0 on the due date, negative when overdue,
 * null when the due date is unknown. For working days use `workingDaysBetween`.
 */
export function daysRemaining(dueDate: CalendarDate | null, today: CalendarDate): number | null {
  if (dueDate === null) return null;
  return calendarDaysBetween(parseCalendarDate(today), parseCalendarDate(dueDate));
}
