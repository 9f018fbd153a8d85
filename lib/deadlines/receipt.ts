/**
 * The effective day of receipt: the calendar date (office time zone) from which the clock
 * counts. Day 1 of any deadline is the first working day after it.
 */
import { type CalendarDate, addDays, parseCalendarDate } from "./calendar-date";
import { type ClockContext, createClockContext, workingDayOnOrAfter } from "./clock-context";
import { type ClockSettings, parseCutoffMinutes } from "./clock-settings";
import type { HolidayCalendar } from "./holiday-calendar";
import { zonedDateTime } from "./time-zone";

/** Internal: the non-working-day rule applied to a date, recording years in `context`. */
export function applyReceiptRule(date: CalendarDate, context: ClockContext): CalendarDate {
  // AS_IS keeps a Saturday receipt on Saturday, so day 1 is Monday; NEXT_WORKING_DAY moves
  // it to Monday, so day 1 is Tuesday.
  if (context.settings.nonWorkingDayReceipt === "AS_IS") return date;
  return workingDayOnOrAfter(date, context);
}

/** Internal: `effectiveReceiptDate` with year tracking. */
export function effectiveReceiptDateInContext(receivedAt: Date, context: ClockContext): CalendarDate {
  const { timeZone, officeHoursCutoff } = context.settings;
  const local = zonedDateTime(receivedAt, timeZone);
  let date = local.date;
  if (officeHoursCutoff !== null) {
    // Seconds are ignored: 15:59:59 is still before a 16:00 cutoff, 16:00:00 is not.
    const minutes = local.hour * 60 + local.minute;
    if (minutes >= parseCutoffMinutes(officeHoursCutoff)) date = addDays(date, 1);
  }
  return applyReceiptRule(date, context);
}

/**
 * Day of receipt for the clock: `receivedAt` (a UTC instant) converted to the office
 * time zone, moved to the next calendar day when at/after the office-hours cutoff, then
 * moved to the next working day when the setting says so.
 */
export function effectiveReceiptDate(
  receivedAt: Date,
  calendar: HolidayCalendar,
  settings: ClockSettings,
): CalendarDate {
  return effectiveReceiptDateInContext(receivedAt, createClockContext(calendar, settings));
}

/**
 * The non-working-day rule alone, for receipts known only as a date (e.g. a letter
 * stamped on a Saturday): returns the date itself or the next working day per settings.
 */
export function effectiveReceiptDateFromDate(
  date: CalendarDate,
  calendar: HolidayCalendar,
  settings: ClockSettings,
): CalendarDate {
  return applyReceiptRule(parseCalendarDate(date), createClockContext(calendar, settings));
}
