/**
 * Deadlines of an information request (permohonan informasi), UU 14/2008 Pasal 22(7)-(8):
 * written notice within 10 working days of receipt, extendable once by 7 working days.
 */
import type { CalendarDate } from "./calendar-date";
import { createClockContext, missingYearsOf } from "./clock-context";
import { type ClockSettings, DEFAULT_CLOCK_SETTINGS } from "./clock-settings";
import { type HolidayCalendar, missingHolidayYearWarnings } from "./holiday-calendar";
import { type ClarificationPause, OPEN_PAUSE_REASON, hasOpenPause, normalizePauses } from "./pauses";
import { effectiveReceiptDateInContext } from "./receipt";
import { countWorkingDays } from "./working-days";

export interface RequestDeadlineInput {
  /** UTC instant the request was received (any channel). */
  receivedAt: Date;
  calendar: HolidayCalendar;
  /** Defaults to DEFAULT_CLOCK_SETTINGS. */
  settings?: ClockSettings;
  /** Clarification pauses; default none. */
  pauses?: readonly ClarificationPause[];
  /** Whether the extension (with written reasons) was taken; default false. */
  extended?: boolean;
}

export interface RequestDeadlines {
  /** Effective day of receipt (store as `clockStartDate`). */
  clockStartDate: CalendarDate;
  /** 10th counted working day; null while an open pause blocks it. */
  noticeDueDate: CalendarDate | null;
  /** 7th counted working day after the notice due date (17th overall) when extended, else null. */
  extendedDueDate: CalendarDate | null;
  /** True while a clarification pause has no answer yet. */
  paused: boolean;
  /** Why a due date is null despite being expected (Bahasa Indonesia), else null. */
  pendingReason: string | null;
  /** Years consulted without complete holiday data. */
  missingYears: number[];
  /** Staff-facing warnings (Bahasa Indonesia), e.g. missing holiday data. */
  warnings: string[];
}

export function computeRequestDeadlines(input: RequestDeadlineInput): RequestDeadlines {
  const settings = input.settings ?? DEFAULT_CLOCK_SETTINGS;
  const pauses = normalizePauses(input.pauses ?? []);
  // One context for the whole computation so the warnings cover every year consulted.
  const context = createClockContext(input.calendar, settings);

  const clockStartDate = effectiveReceiptDateInContext(input.receivedAt, context);
  const noticeDueDate = countWorkingDays(clockStartDate, settings.noticeWorkingDays, context, pauses);

  // Continuing from the notice due date with the same pauses equals counting 17 days in
  // one go, and mirrors the law's wording ("+7 working days after day 10").
  let extendedDueDate: CalendarDate | null = null;
  if (input.extended && noticeDueDate !== null) {
    extendedDueDate = countWorkingDays(noticeDueDate, settings.extensionWorkingDays, context, pauses);
  }

  const blocked = noticeDueDate === null || (input.extended === true && extendedDueDate === null);
  const missingYears = missingYearsOf(context);
  return {
    clockStartDate,
    noticeDueDate,
    extendedDueDate,
    paused: hasOpenPause(pauses),
    pendingReason: blocked ? OPEN_PAUSE_REASON : null,
    missingYears,
    warnings: missingHolidayYearWarnings(missingYears),
  };
}
