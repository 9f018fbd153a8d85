/**
 * Holiday calendar and the working-day predicate.
 *
 * Holidays are data (the government moves Islamic dates after isbat, admins add local
 * days), so the calendar is built from rows, never hard-coded.
 */
import { type CalendarDate, isWeekend, parseCalendarDate, yearOf } from "./calendar-date";
import type { ClockSettings } from "./clock-settings";

export type HolidayKind = "LIBUR_NASIONAL" | "CUTI_BERSAMA" | "LIBUR_LOKAL";

export interface HolidayEntry {
  date: CalendarDate;
  kind: HolidayKind;
  name: string;
}

/** Input rows may carry plain strings (JSON, DB); they are validated on construction. */
export interface HolidayInput {
  date: string;
  kind: HolidayKind;
  name: string;
}

export interface HolidayCalendar {
  /** Entries per date; a date may hold several rows (e.g. a national and a local one). */
  readonly byDate: ReadonlyMap<CalendarDate, readonly HolidayEntry[]>;
  /** Years whose holiday list is complete; other years are counted as Mon–Fri only. */
  readonly completeYears: ReadonlySet<number>;
}

const KINDS: readonly HolidayKind[] = ["LIBUR_NASIONAL", "CUTI_BERSAMA", "LIBUR_LOKAL"];

/**
 * Builds an immutable calendar. Throws on a malformed date or kind: a typo in holiday
 * data would otherwise shift every deadline without anyone noticing.
 */
export function createHolidayCalendar(
  holidays: readonly HolidayInput[],
  completeYears: readonly number[],
): HolidayCalendar {
  const byDate = new Map<CalendarDate, HolidayEntry[]>();
  for (const row of holidays) {
    const date = parseCalendarDate(row.date);
    if (!KINDS.includes(row.kind)) {
      throw new RangeError(`Invalid holiday kind "${String(row.kind)}" on ${row.date}`);
    }
    const list = byDate.get(date) ?? [];
    list.push({ date, kind: row.kind, name: row.name });
    byDate.set(date, list);
  }
  for (const year of completeYears) {
    if (!Number.isInteger(year)) throw new RangeError(`Invalid holiday year ${String(year)}`);
  }
  return { byDate, completeYears: new Set(completeYears) };
}

/** Holiday rows on a date (empty when none). */
export function holidaysOn(date: CalendarDate, calendar: HolidayCalendar): readonly HolidayEntry[] {
  return calendar.byDate.get(date) ?? [];
}

/** Whether a holiday of this kind closes the office under the given settings. */
function closesOffice(kind: HolidayKind, settings: ClockSettings): boolean {
  // Local days are added by the admin precisely because the office is shut: always off.
  if (kind === "CUTI_BERSAMA") return !settings.cutiBersamaIsWorkingDay;
  return true;
}

/** Mon–Fri, not a national or local holiday, and not cuti bersama unless the setting says so. */
export function isWorkingDay(date: CalendarDate, calendar: HolidayCalendar, settings: ClockSettings): boolean {
  if (isWeekend(date)) return false;
  return !holidaysOn(date, calendar).some((entry) => closesOffice(entry.kind, settings));
}

/** True when the calendar has complete holiday data for the year of `date`. */
export function hasCompleteYear(date: CalendarDate | number, calendar: HolidayCalendar): boolean {
  const year = typeof date === "number" ? date : yearOf(date);
  return calendar.completeYears.has(year);
}

/** Staff-facing warning (Bahasa Indonesia) for a year without holiday data. */
export function missingHolidayYearWarning(year: number): string {
  return `Data hari libur tahun ${year} belum tersedia; tenggat dihitung tanpa hari libur tahun itu.`;
}

/** One warning per year, in ascending order. */
export function missingHolidayYearWarnings(years: Iterable<number>): string[] {
  return [...new Set(years)].sort((a, b) => a - b).map(missingHolidayYearWarning);
}
