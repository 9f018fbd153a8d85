import { officeDateOf } from "@/lib/datetime/zoned-to-utc";
import { OFFICE_TIME_ZONE } from "@/lib/format/dates";

/** Today's office-zone calendar date as a UTC-midnight Date (the shape of `date` columns). */
export function todayInOffice(now: Date = new Date()): Date {
  return new Date(`${officeDateOf(now, OFFICE_TIME_ZONE)}T00:00:00Z`);
}
