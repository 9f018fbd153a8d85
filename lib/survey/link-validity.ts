import { addDays, type CalendarDate } from "@/lib/deadlines/calendar-date";
import { formatDate } from "@/lib/format/dates";

/**
 * How long the one-time SKM link of a completed request can be used (*setting*, in calendar days).
 * The survey rates a service the requester has just received: an answer months later would land in
 * a period whose service it does not describe. There is no "never expires": the open form /survei
 * stays available to everyone, so a late respondent is still heard.
 */
export const DEFAULT_SURVEY_LINK_VALIDITY_DAYS = 30;
export const MIN_SURVEY_LINK_VALIDITY_DAYS = 1;
export const MAX_SURVEY_LINK_VALIDITY_DAYS = 90;

/**
 * Last office day on which the link can be used: the day the request was completed plus
 * `validityDays` calendar days (completed Fri 2026-04-10, 30 days → usable through Sun 2026-05-10).
 */
export function surveyLinkLastDay(completedOn: CalendarDate, validityDays: number): CalendarDate {
  if (!Number.isInteger(validityDays) || validityDays < MIN_SURVEY_LINK_VALIDITY_DAYS) {
    throw new RangeError(`Invalid survey link validity "${validityDays}" (whole days, at least ${MIN_SURVEY_LINK_VALIDITY_DAYS})`);
  }
  return addDays(completedOn, validityDays);
}

/** True while `today` (office date) is on or before the link's last day. */
export function isSurveyLinkValidOn(lastDay: CalendarDate, today: CalendarDate): boolean {
  return today <= lastDay;
}

/** The first office day on which the link no longer works ("tidak berlaku sejak …"). */
export function surveyLinkExpiredSince(lastDay: CalendarDate): CalendarDate {
  return addDays(lastDay, 1);
}

/** What an expired link says, on its page and when its form is sent anyway. */
export function expiredSurveyLinkText(lastDay: CalendarDate): string {
  return `Tautan survei ini sudah tidak berlaku sejak ${formatDate(surveyLinkExpiredSince(lastDay))}.`;
}
