/**
 * Internal: the working-day predicate plus a record of years consulted without complete
 * holiday data. Every public computation threads one context through, so it can warn
 * staff exactly when a result relied on a year the admin has not imported yet.
 */
import { type CalendarDate, addDays, yearOf } from "./calendar-date";
import type { ClockSettings } from "./clock-settings";
import { type HolidayCalendar, isWorkingDay } from "./holiday-calendar";

export interface ClockContext {
  readonly calendar: HolidayCalendar;
  readonly settings: ClockSettings;
  /** Years consulted that are not in `calendar.completeYears`. */
  readonly missingYears: Set<number>;
}

/**
 * Safety net against endless loops (e.g. a calendar that marks every day as a holiday).
 * Ten years is far beyond any legal deadline.
 */
export const MAX_SCAN_DAYS = 3660;

export function createClockContext(calendar: HolidayCalendar, settings: ClockSettings): ClockContext {
  return { calendar, settings, missingYears: new Set<number>() };
}

/** `isWorkingDay`, noting the year when its holiday data is incomplete. */
export function checkWorkingDay(date: CalendarDate, context: ClockContext): boolean {
  const year = yearOf(date);
  if (!context.calendar.completeYears.has(year)) context.missingYears.add(year);
  return isWorkingDay(date, context.calendar, context.settings);
}

/** First working day on or after `date`. */
export function workingDayOnOrAfter(date: CalendarDate, context: ClockContext): CalendarDate {
  let current = date;
  for (let i = 0; i <= MAX_SCAN_DAYS; i++) {
    if (checkWorkingDay(current, context)) return current;
    current = addDays(current, 1);
  }
  throw new RangeError(`No working day within ${MAX_SCAN_DAYS} days after ${date}`);
}

/** Sorted list of the missing years recorded so far. */
export function missingYearsOf(context: ClockContext): number[] {
  return [...context.missingYears].sort((a, b) => a - b);
}
