/**
 * Calendar dates without a time or time zone.
 *
 * Convention for the whole module: a calendar date is an ISO "YYYY-MM-DD" string
 * (`CalendarDate`). Strings sort and compare correctly, serialise to JSON as is and
 * match Prisma `@db.Date` columns (which come back as UTC-midnight `Date`s; use
 * `calendarDateFromUtcDate` / `calendarDateToUtcDate` at that boundary).
 *
 * All arithmetic runs on UTC midnights so the host machine's time zone and DST never
 * shift a date by one.
 */

/** "YYYY-MM-DD". The template type stops arbitrary strings slipping in unchecked. */
export type CalendarDate = `${number}-${number}-${number}`;

/** 0 = Sunday … 6 = Saturday (same as `Date#getUTCDay`). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True when `value` is a real date in "YYYY-MM-DD" form (rejects 2026-02-30). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== "string") return false;
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, day));
  return utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day;
}

/** Validates and narrows a string; throws so bad data fails loudly instead of mis-counting. */
export function parseCalendarDate(value: string): CalendarDate {
  if (!isCalendarDate(value)) {
    throw new RangeError(`Invalid calendar date "${value}" (expected YYYY-MM-DD)`);
  }
  return value;
}

/** Builds a date from numeric parts (month 1-12). Overflow rolls over like Date.UTC. */
export function calendarDateFromParts(year: number, month: number, day: number): CalendarDate {
  return calendarDateFromUtcDate(new Date(Date.UTC(year, month - 1, day)));
}

/** Reads the UTC date of a `Date` (e.g. a Prisma `@db.Date` value, which is UTC midnight). */
export function calendarDateFromUtcDate(value: Date): CalendarDate {
  if (Number.isNaN(value.getTime())) throw new RangeError("Invalid Date");
  const y = String(value.getUTCFullYear()).padStart(4, "0");
  const m = String(value.getUTCMonth() + 1).padStart(2, "0");
  const d = String(value.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${d}` as CalendarDate;
}

/** UTC midnight of the date, the form Prisma expects for `@db.Date` columns. */
export function calendarDateToUtcDate(date: CalendarDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

/** Year number of a date (used to check holiday-data coverage). */
export function yearOf(date: CalendarDate): number {
  return Number(date.slice(0, 4));
}

/** `date` shifted by `days` calendar days (negative goes back). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const ms = calendarDateToUtcDate(date).getTime() + days * MS_PER_DAY;
  return calendarDateFromUtcDate(new Date(ms));
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: CalendarDate): Weekday {
  return calendarDateToUtcDate(date).getUTCDay() as Weekday;
}

/** Saturday or Sunday. */
export function isWeekend(date: CalendarDate): boolean {
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6;
}

/** Negative when a < b, 0 when equal, positive when a > b (usable with Array#sort). */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Calendar days from `a` to `b` (b - a); negative when b is earlier. */
export function calendarDaysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round((calendarDateToUtcDate(b).getTime() - calendarDateToUtcDate(a).getTime()) / MS_PER_DAY);
}
