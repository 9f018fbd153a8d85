/**
 * Office wall-clock time → UTC instant (the inverse of lib/deadlines zonedDateTime), with Intl only.
 * Used where staff type a date/time "in WITA" and the database stores UTC.
 */
import { type CalendarDate, parseCalendarDate, zonedDateTime } from "@/lib/deadlines";

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Offset (ms) of `timeZone` at `instant`: local wall time minus UTC. */
function offsetAt(instant: Date, timeZone: string): number {
  const local = zonedDateTime(instant, timeZone);
  const [y, m, d] = local.date.split("-").map(Number);
  const asUtc = Date.UTC(y, m - 1, d, local.hour, local.minute, local.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The UTC instant at which the office clock shows `date` `time` ("HH:MM").
 * Two passes settle the offset around DST changes (WITA has none, but the zone is a setting).
 */
export function zonedWallTimeToUtc(date: CalendarDate, time: string, timeZone: string): Date {
  const match = TIME_PATTERN.exec(time);
  if (!match) throw new RangeError(`Invalid time "${time}" (expected HH:MM)`);
  const [y, m, d] = parseCalendarDate(date).split("-").map(Number);
  const wall = Date.UTC(y, m - 1, d, Number(match[1]), Number(match[2]));
  let guess = wall - offsetAt(new Date(wall), timeZone);
  guess = wall - offsetAt(new Date(guess), timeZone);
  return new Date(guess);
}

/** Start of the office day `date` as a UTC instant. */
export function startOfOfficeDay(date: CalendarDate, timeZone: string): Date {
  return zonedWallTimeToUtc(date, "00:00", timeZone);
}

/** The office-zone calendar date of an instant (e.g. the day a request was received). */
export function officeDateOf(instant: Date, timeZone: string): CalendarDate {
  return zonedDateTime(instant, timeZone).date;
}

