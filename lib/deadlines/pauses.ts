/**
 * Clarification pauses. The clock "resumes where it stopped": the day the clarification
 * was asked still counts (if it is a working day); working days after it up to and
 * including the day the answer arrived do not; counting resumes the working day after.
 */
import { type CalendarDate, compareCalendarDates, parseCalendarDate } from "./calendar-date";

export interface ClarificationPause {
  /** Day the clarification was asked (office time zone). */
  startDate: CalendarDate;
  /** Day the requester's answer arrived, or null while still waiting. */
  resumeDate: CalendarDate | null;
}

/** Reason (Bahasa Indonesia) returned instead of a date while a pause is open. */
export const OPEN_PAUSE_REASON =
  "Tenggat belum dapat dihitung: menunggu jawaban klarifikasi dari pemohon.";

/** Validates pauses; throws when an answer predates its question (a data-entry error). */
export function normalizePauses(pauses: readonly ClarificationPause[] = []): ClarificationPause[] {
  return pauses.map((pause) => {
    const startDate = parseCalendarDate(pause.startDate);
    const resumeDate = pause.resumeDate === null ? null : parseCalendarDate(pause.resumeDate);
    if (resumeDate !== null && compareCalendarDates(resumeDate, startDate) < 0) {
      throw new RangeError(`Pause resumes (${resumeDate}) before it starts (${startDate})`);
    }
    return { startDate, resumeDate };
  });
}

/** True while any pause has no answer yet. */
export function hasOpenPause(pauses: readonly ClarificationPause[] = []): boolean {
  return pauses.some((pause) => pause.resumeDate === null);
}

/** Whether `date` is inside a pause: after its start, up to and including its resume date. */
export function isPausedDate(date: CalendarDate, pauses: readonly ClarificationPause[]): boolean {
  return pauses.some(
    (pause) =>
      date > pause.startDate && (pause.resumeDate === null || date <= pause.resumeDate),
  );
}

/** Whether `date` is inside a pause that has no resume date yet. */
export function isInOpenPause(date: CalendarDate, pauses: readonly ClarificationPause[]): boolean {
  return pauses.some((pause) => pause.resumeDate === null && date > pause.startDate);
}
