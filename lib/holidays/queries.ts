import "server-only";
import { db } from "@/lib/db";
import { requirePermission } from "@/lib/auth/guard";
import { calendarDateFromUtcDate, calendarDateToUtcDate } from "@/lib/deadlines";

export type HolidayYearOverview = { year: number; count: number; complete: boolean; source: string | null };

/** Every year that has holidays or is marked complete, with its count and completeness. */
export async function listHolidayYears(): Promise<HolidayYearOverview[]> {
  await requirePermission("manageHolidays");
  const [counts, marked] = await Promise.all([
    db.$queryRaw<{ year: number; count: number }[]>`
      SELECT EXTRACT(YEAR FROM "date")::int AS "year", COUNT(*)::int AS "count" FROM "Holiday" GROUP BY 1`,
    db.holidayYear.findMany({ select: { year: true, source: true } }),
  ]);
  const years = new Map<number, HolidayYearOverview>();
  for (const { year, count } of counts) years.set(year, { year, count, complete: false, source: null });
  for (const { year, source } of marked) years.set(year, { year, count: years.get(year)?.count ?? 0, complete: true, source });
  return [...years.values()].sort((a, b) => a.year - b.year);
}

export async function listHolidaysOfYear(year: number) {
  await requirePermission("manageHolidays");
  const rows = await db.holiday.findMany({
    where: { date: { gte: calendarDateToUtcDate(`${year}-01-01`), lte: calendarDateToUtcDate(`${year}-12-31`) } },
    select: { id: true, date: true, kind: true, name: true, source: true },
    orderBy: { date: "asc" },
  });
  return rows.map((row) => ({ ...row, date: calendarDateFromUtcDate(row.date) }));
}

export async function getHoliday(id: string) {
  await requirePermission("manageHolidays");
  const row = await db.holiday.findUnique({ where: { id }, select: { id: true, date: true, kind: true, name: true, source: true } });
  return row ? { ...row, date: calendarDateFromUtcDate(row.date) } : null;
}
