/**
 * The keberatan clocks (UU KIP Pasal 36–37), on the same working-day clock and settings as requests.
 * Pure: the caller passes the calendar and settings (lib/deadlines/calendar-store loadClock).
 */
import {
  addDays, compareCalendarDates, deadlineAfter, type CalendarDate, type ClockSettings, type HolidayCalendar,
} from "@/lib/deadlines";

export type RequestForObjection = {
  /** Date of the written notice, when one was given. */
  noticeDate: CalendarDate | null;
  /** The notice deadline in force (day 10, or day 17 when extended). */
  dueDate: CalendarDate | null;
};

/**
 * The day the ground for an objection arose: the notice date; or, when no notice came, the day after
 * the notice deadline lapsed unanswered. Before either, the filing date itself (e.g. ground b).
 */
export function groundAroseDate(request: RequestForObjection, filedOn: CalendarDate): CalendarDate {
  if (request.noticeDate) return request.noticeDate;
  if (request.dueDate && compareCalendarDates(filedOn, request.dueDate) > 0) return addDays(request.dueDate, 1);
  return filedOn;
}

export type FilingWindow = { groundArose: CalendarDate; filingDueDate: CalendarDate; late: boolean; warnings: string[] };

/** 30 working days (setting) from the day the ground arose; filed after that day = late. */
export function filingWindow(
  request: RequestForObjection,
  filedOn: CalendarDate,
  calendar: HolidayCalendar,
  settings: ClockSettings,
): FilingWindow {
  const groundArose = groundAroseDate(request, filedOn);
  const due = deadlineAfter(groundArose, settings.objectionFilingWorkingDays, calendar, settings);
  // deadlineAfter without pauses always finds a date.
  const filingDueDate = due.date as CalendarDate;
  return { groundArose, filingDueDate, late: compareCalendarDates(filedOn, filingDueDate) > 0, warnings: due.warnings };
}

/** The Atasan PPID answers within 30 working days (setting) of receiving the objection. */
export function answerDeadline(receivedAt: Date, calendar: HolidayCalendar, settings: ClockSettings) {
  const due = deadlineAfter(receivedAt, settings.objectionAnswerWorkingDays, calendar, settings);
  return { answerDueDate: due.date as CalendarDate, warnings: due.warnings };
}

/**
 * A dispute goes to the Komisi Informasi within 14 working days (setting) after the answer, or,
 * without an answer, after the answer deadline passed.
 */
export function disputeDeadline(
  answerDate: CalendarDate | null,
  answerDueDate: CalendarDate,
  calendar: HolidayCalendar,
  settings: ClockSettings,
): CalendarDate {
  const from = answerDate ?? answerDueDate;
  return deadlineAfter(from, settings.disputeFilingWorkingDays, calendar, settings).date as CalendarDate;
}
