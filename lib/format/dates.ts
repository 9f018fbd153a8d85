/**
 * Dates and times for people, in Bahasa Indonesia and the office time zone (NTT: Asia/Makassar, WITA).
 * Month and weekday names are spelled out here rather than taken from Intl, so the server and every
 * browser print exactly the same text (no hydration mismatch, no missing "id" locale data).
 */
import { type CalendarDate, isCalendarDate } from "@/lib/deadlines/calendar-date";
import { zonedDateTime } from "@/lib/deadlines/time-zone";

export const OFFICE_TIME_ZONE = "Asia/Makassar";

export const MONTH_NAMES = [
  "Januari", "Februari", "Maret", "April", "Mei", "Juni",
  "Juli", "Agustus", "September", "Oktober", "November", "Desember",
];
const WEEKDAYS = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];

// Indonesia's three zones; any other zone is named by its IANA id.
const ZONE_SUFFIXES: Record<string, string> = {
  "Asia/Jakarta": "WIB",
  "Asia/Pontianak": "WIB",
  "Asia/Makassar": "WITA",
  "Asia/Jayapura": "WIT",
};

export type DateFormatOptions = {
  /** Prefix the day of the week ("Kamis, 2 April 2026"). */
  weekday?: boolean;
  /** IANA zone used for a `Date` (an instant); defaults to the office zone. */
  timeZone?: string;
};

const EMPTY = "—";

/** Short zone name shown after a time: WIB, WITA, WIT, or the IANA id. */
export function timeZoneSuffix(timeZone: string = OFFICE_TIME_ZONE): string {
  return ZONE_SUFFIXES[timeZone] ?? timeZone;
}

function calendarDateOf(value: Date | CalendarDate, timeZone: string): CalendarDate {
  if (typeof value === "string") {
    if (!isCalendarDate(value)) throw new RangeError(`Invalid calendar date "${value}"`);
    return value;
  }
  return zonedDateTime(value, timeZone).date;
}

function spellDate(date: CalendarDate, weekday: boolean): string {
  const [year, month, day] = date.split("-").map(Number);
  const text = `${day} ${MONTH_NAMES[month - 1]} ${year}`;
  if (!weekday) return text;
  const dow = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return `${WEEKDAYS[dow]}, ${text}`;
}

/**
 * "2 April 2026" (or "Kamis, 2 April 2026"). A `CalendarDate` ("YYYY-MM-DD") is printed as is; a `Date`
 * is an instant shown as the date in the office zone. Prisma `@db.Date` values (UTC midnight) print
 * as their own date in every Indonesian zone (UTC+7…+9). null/undefined print as "—".
 */
export function formatDate(value: Date | CalendarDate | null | undefined, options: DateFormatOptions = {}): string {
  if (value === null || value === undefined) return EMPTY;
  return spellDate(calendarDateOf(value, options.timeZone ?? OFFICE_TIME_ZONE), options.weekday ?? false);
}

/** "12 Maret 2026 pukul 14.05 WITA" (Indonesian style uses a dot between hours and minutes). */
export function formatDateTime(value: Date | null | undefined, options: DateFormatOptions = {}): string {
  if (value === null || value === undefined) return EMPTY;
  const timeZone = options.timeZone ?? OFFICE_TIME_ZONE;
  const local = zonedDateTime(value, timeZone);
  const time = `${String(local.hour).padStart(2, "0")}.${String(local.minute).padStart(2, "0")}`;
  return `${spellDate(local.date, options.weekday ?? false)} pukul ${time} ${timeZoneSuffix(timeZone)}`;
}
