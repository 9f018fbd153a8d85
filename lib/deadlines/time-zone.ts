/**
 * Converting UTC instants to office-local wall time with Intl only (no date library).
 * The database stores UTC; the law counts days as lived in the office's time zone.
 */
import type { CalendarDate } from "./calendar-date";

export interface ZonedDateTime {
  date: CalendarDate;
  hour: number;
  minute: number;
  second: number;
}

// Creating Intl formatters is comparatively slow; cache one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      // h23 avoids the "24:00" midnight some engines emit with hour12: false.
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Wall-clock date and time of a UTC instant in `timeZone`. */
export function zonedDateTime(instant: Date, timeZone: string): ZonedDateTime {
  if (Number.isNaN(instant.getTime())) throw new RangeError("Invalid Date");
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  const year = parts.year.padStart(4, "0");
  return {
    date: `${year}-${parts.month}-${parts.day}` as CalendarDate,
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Today's date in the office time zone (pass `new Date()` as `now`; injectable for tests). */
export function todayInZone(now: Date, timeZone: string): CalendarDate {
  return zonedDateTime(now, timeZone).date;
}
