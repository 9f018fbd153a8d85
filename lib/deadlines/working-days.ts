/**
 * Counting working days. Day 1 is the first counted working day strictly after `start`;
 * days inside a clarification pause are not counted (see pauses.ts).
 */
import { type CalendarDate, addDays, compareCalendarDates, parseCalendarDate } from "./calendar-date";
import {
  type ClockContext,
  MAX_SCAN_DAYS,
  checkWorkingDay,
  createClockContext,
  missingYearsOf,
  workingDayOnOrAfter,
} from "./clock-context";
import type { ClockSettings } from "./clock-settings";
import { type HolidayCalendar, missingHolidayYearWarnings } from "./holiday-calendar";
import {
  type ClarificationPause,
  OPEN_PAUSE_REASON,
  isInOpenPause,
  isPausedDate,
  normalizePauses,
} from "./pauses";

/** Result of a clock computation; `date` is null only while an open pause blocks it. */
export interface WorkingDayResult {
  date: CalendarDate | null;
  /** Why `date` is null (Bahasa Indonesia); null when a date was found. */
  reason: string | null;
  /** Years the computation consulted without complete holiday data. */
  missingYears: number[];
  /** One staff-facing warning per missing year (Bahasa Indonesia). */
  warnings: string[];
}

/** Internal: the n-th counted working day after `start`, recording years in `context`. */
export function countWorkingDays(
  start: CalendarDate,
  n: number,
  context: ClockContext,
  pauses: readonly ClarificationPause[],
): CalendarDate | null {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working-day count must be a non-negative integer, got ${n}`);
  let current = start;
  let counted = 0;
  for (let scanned = 0; counted < n; scanned++) {
    if (scanned > MAX_SCAN_DAYS) throw new RangeError(`No result within ${MAX_SCAN_DAYS} days after ${start}`);
    current = addDays(current, 1);
    // Every later day is also inside the open pause, so the due date is unknowable.
    if (isInOpenPause(current, pauses)) return null;
    if (isPausedDate(current, pauses)) continue;
    if (checkWorkingDay(current, context)) counted++;
  }
  return current;
}

/** Packs a date and the context's coverage into the public result shape. */
export function toResult(date: CalendarDate | null, context: ClockContext): WorkingDayResult {
  const missingYears = missingYearsOf(context);
  return {
    date,
    reason: date === null ? OPEN_PAUSE_REASON : null,
    missingYears,
    warnings: missingHolidayYearWarnings(missingYears),
  };
}

/** The n-th counted working day after `start` (n = 0 returns `start`). */
export function addWorkingDays(
  start: CalendarDate,
  n: number,
  calendar: HolidayCalendar,
  settings: ClockSettings,
  pauses: readonly ClarificationPause[] = [],
): WorkingDayResult {
  const context = createClockContext(calendar, settings);
  const date = countWorkingDays(parseCalendarDate(start), n, context, normalizePauses(pauses));
  return toResult(date, context);
}

/**
 * Working days after `a` up to and including `b`, skipping paused days; negative when
 * `b` is before `a`. `workingDaysBetween(receipt, notice)` is the "time needed";
 * `workingDaysBetween(today, due) <= 3` means "due within 3 working days".
 */
export function workingDaysBetween(
  a: CalendarDate,
  b: CalendarDate,
  calendar: HolidayCalendar,
  settings: ClockSettings,
  pauses: readonly ClarificationPause[] = [],
): number {
  const from = parseCalendarDate(a);
  const to = parseCalendarDate(b);
  if (compareCalendarDates(to, from) < 0) return -workingDaysBetween(to, from, calendar, settings, pauses);
  const context = createClockContext(calendar, settings);
  const normalized = normalizePauses(pauses);
  let count = 0;
  for (let current = addDays(from, 1); current <= to; current = addDays(current, 1)) {
    if (!isPausedDate(current, normalized) && checkWorkingDay(current, context)) count++;
  }
  return count;
}

/** First working day strictly after `date`. */
export function nextWorkingDay(date: CalendarDate, calendar: HolidayCalendar, settings: ClockSettings): CalendarDate {
  return workingDayOnOrAfter(addDays(parseCalendarDate(date), 1), createClockContext(calendar, settings));
}
