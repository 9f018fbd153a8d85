// Report periods: a month "2026-11", a quarter "2026-Q4", a semester "2026-S2" or a year "2026".
// Pure parsing and labels; officeRange turns a period into [from, to) instants of the office zone.
import { startOfOfficeDay } from "@/lib/datetime/zoned-to-utc";
import type { CalendarDate } from "@/lib/deadlines/calendar-date";
import { MONTH_NAMES } from "@/lib/format/dates";

export type PeriodKind = "BULAN" | "TRIWULAN" | "SEMESTER" | "TAHUN";
export type ReportPeriod = { key: string; kind: PeriodKind; year: number; firstMonth: number; months: number };

const ROMAN = ["I", "II", "III", "IV"];

export function parseReportPeriod(value: string): ReportPeriod | null {
  const text = value.trim().toUpperCase();
  let m = /^(\d{4})-(\d{2})$/.exec(text);
  const validYear = (y: number) => y >= 2000 && y <= 2100;
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    return validYear(year) && month >= 1 && month <= 12 ? { key: text, kind: "BULAN", year, firstMonth: month, months: 1 } : null;
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(text))) {
    const year = Number(m[1]);
    return validYear(year) ? { key: text, kind: "TRIWULAN", year, firstMonth: (Number(m[2]) - 1) * 3 + 1, months: 3 } : null;
  }
  if ((m = /^(\d{4})-S([12])$/.exec(text))) {
    const year = Number(m[1]);
    return validYear(year) ? { key: text, kind: "SEMESTER", year, firstMonth: m[2] === "1" ? 1 : 7, months: 6 } : null;
  }
  if ((m = /^(\d{4})$/.exec(text))) {
    const year = Number(m[1]);
    return validYear(year) ? { key: text, kind: "TAHUN", year, firstMonth: 1, months: 12 } : null;
  }
  return null;
}

export function periodTitle(p: ReportPeriod): string {
  switch (p.kind) {
    case "BULAN": return `${MONTH_NAMES[p.firstMonth - 1]} ${p.year}`;
    case "TRIWULAN": return `Triwulan ${ROMAN[(p.firstMonth - 1) / 3]} ${p.year}`;
    case "SEMESTER": return `Semester ${p.firstMonth === 1 ? "I" : "II"} ${p.year}`;
    case "TAHUN": return `Tahun ${p.year}`;
  }
}

const pad = (n: number) => String(n).padStart(2, "0");

/** [from, to) UTC instants covering the period in the office time zone. */
export function officeRange(p: ReportPeriod, timeZone: string): { from: Date; to: Date } {
  const endMonth = p.firstMonth + p.months; // 13 means January of the next year
  const first = `${p.year}-${pad(p.firstMonth)}-01` as CalendarDate;
  const next = (endMonth > 12 ? `${p.year + 1}-01-01` : `${p.year}-${pad(endMonth)}-01`) as CalendarDate;
  return { from: startOfOfficeDay(first, timeZone), to: startOfOfficeDay(next, timeZone) };
}

/** The periods an IKM page offers for a year. */
export function periodsOfYear(year: number): string[] {
  return [String(year), `${year}-S1`, `${year}-S2`, ...[1, 2, 3, 4].map((q) => `${year}-Q${q}`), ...Array.from({ length: 12 }, (_, i) => `${year}-${pad(i + 1)}`)];
}

/** First and last calendar day of a period. */
export function periodDays(p: ReportPeriod): { first: CalendarDate; last: CalendarDate } {
  const lastMonth = p.firstMonth + p.months - 1;
  const lastDay = new Date(Date.UTC(p.year, lastMonth, 0)).getUTCDate();
  return { first: `${p.year}-${pad(p.firstMonth)}-01` as CalendarDate, last: `${p.year}-${pad(lastMonth)}-${pad(lastDay)}` as CalendarDate };
}

/** Where a period stands on `today` (office zone): nothing can be reported of a period that has not begun. */
export function periodStage(p: ReportPeriod, today: CalendarDate): "BELUM_DIMULAI" | "BERJALAN" | "SELESAI" {
  const { first, last } = periodDays(p);
  return today < first ? "BELUM_DIMULAI" : today <= last ? "BERJALAN" : "SELESAI";
}

export const futurePeriodRefusal = (p: ReportPeriod) => `Periode ${periodTitle(p)} belum dimulai, sehingga laporannya belum dapat disusun.`;

export type PeriodQuery = {
  period: ReportPeriod;
  /** What was typed when it could not be read. */
  unknown: string | null;
  /** A period that was read but has not begun on `today`; the default period is shown instead. */
  future: ReportPeriod | null;
};

/** The period asked for in a URL, or the default one when it is missing, unreadable or (given `today`) still ahead. */
export function periodFromQuery(raw: string | undefined, defaultKey: string, today?: CalendarDate): PeriodQuery {
  const asked = raw ? parseReportPeriod(raw) : null;
  const future = asked && today && periodStage(asked, today) === "BELUM_DIMULAI" ? asked : null;
  return { period: asked && !future ? asked : parseReportPeriod(defaultKey)!, unknown: raw && !asked ? raw : null, future };
}

/** Years a period picker offers: the last five up to today's, and the shown period's year if older. */
export function pickerYears(shownYear: number, today: CalendarDate): number[] {
  const thisYear = Number(today.slice(0, 4));
  const years = Array.from({ length: 5 }, (_, i) => thisYear - i);
  return years.includes(shownYear) ? years : [...years, shownYear];
}
