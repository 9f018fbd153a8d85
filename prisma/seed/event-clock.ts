/** Times of staff actions: office hours (WITA), strictly after the previous step, never on or after the demo's "today". */
import { zonedDateTime, type CalendarDate } from "@/lib/deadlines";
import { startOfOfficeDay, zonedWallTimeToUtc } from "@/lib/datetime/zoned-to-utc";
import type { Rng } from "./random";
import { DEMO_TODAY, hhmm } from "./schedule";

/** Returns `at(day)`: a morning time for a new day, a little later for another step on the same day. */
export function eventClock(rng: Rng, timeZone: string, start: Date): (day: CalendarDate) => Date {
  const limit = startOfOfficeDay(DEMO_TODAY, timeZone);
  let last = start;
  return (day) => {
    const previous = zonedDateTime(last, timeZone);
    const minutes = previous.date === day
      ? Math.min(Math.max(previous.hour * 60 + previous.minute, 8 * 60) + rng.int(10, 50), 16 * 60 + 25)
      : rng.int(8 * 60 + 5, 11 * 60 + 50);
    let at = zonedWallTimeToUtc(day, hhmm(minutes), timeZone);
    if (at <= last) at = new Date(last.getTime() + 5 * 60_000);
    if (at >= limit) throw new Error(`demo event on ${day} is not in the past (today is ${DEMO_TODAY})`);
    last = at;
    return at;
  };
}
