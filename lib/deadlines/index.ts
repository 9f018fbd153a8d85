/**
 * Working-day deadlines for PPID services (UU 14/2008). Pure functions: no database,
 * no framework. Calendar dates are "YYYY-MM-DD" strings in the office time zone.
 */
export {
  type CalendarDate,
  type Weekday,
  addDays,
  calendarDateFromParts,
  calendarDateFromUtcDate,
  calendarDateToUtcDate,
  calendarDaysBetween,
  compareCalendarDates,
  isCalendarDate,
  isWeekend,
  parseCalendarDate,
  weekdayOf,
  yearOf,
} from "./calendar-date";
export {
  type ClockSettings,
  type NonWorkingDayReceipt,
  DEFAULT_CLOCK_SETTINGS,
  isValidTimeZone,
  parseCutoffMinutes,
  resolveClockSettings,
} from "./clock-settings";
export {
  type HolidayCalendar,
  type HolidayEntry,
  type HolidayInput,
  type HolidayKind,
  createHolidayCalendar,
  hasCompleteYear,
  holidaysOn,
  isWorkingDay,
  missingHolidayYearWarning,
  missingHolidayYearWarnings,
} from "./holiday-calendar";
export { type ZonedDateTime, todayInZone, zonedDateTime } from "./time-zone";
export {
  type ClarificationPause,
  OPEN_PAUSE_REASON,
  hasOpenPause,
  isPausedDate,
  normalizePauses,
} from "./pauses";
export { effectiveReceiptDate, effectiveReceiptDateFromDate } from "./receipt";
export { type WorkingDayResult, addWorkingDays, nextWorkingDay, workingDaysBetween } from "./working-days";
export { type DeadlineResult, daysRemaining, deadlineAfter, isOverdue } from "./deadline-helpers";
export {
  type RequestDeadlineInput,
  type RequestDeadlines,
  computeRequestDeadlines,
} from "./request-deadlines";
