import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import { getClockSettings } from "@/lib/settings/clock";
import { calendarDateFromUtcDate, createHolidayCalendar, type ClockSettings, type HolidayCalendar } from "@/lib/deadlines";

export type Clock = { calendar: HolidayCalendar; settings: ClockSettings };

/** Loads the holiday table and clock settings: the inputs every deadline computation needs. */
export async function loadClock(client: Tx | Db = db): Promise<Clock> {
  const [holidays, years, settings] = await Promise.all([
    client.holiday.findMany({ select: { date: true, kind: true, name: true } }),
    client.holidayYear.findMany({ select: { year: true } }),
    getClockSettings(client),
  ]);
  const calendar = createHolidayCalendar(
    holidays.map((h) => ({ date: calendarDateFromUtcDate(h.date), kind: h.kind, name: h.name })),
    years.map((y) => y.year),
  );
  return { calendar, settings };
}
