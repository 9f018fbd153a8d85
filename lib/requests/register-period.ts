import type { CalendarDate } from "@/lib/deadlines/calendar-date";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { periodFromQuery, type PeriodQuery, type ReportPeriod } from "@/lib/reports/period";

// The registers' period filter is the reports' period (?periode=2026-11, 2026-Q4, 2026-S2, 2026), so a
// register can be laid beside any report. Older links (?tahun=2026&bulan=3, bulan=semua) still work. Pure.

function askedKey(params: SearchParams): string | undefined {
  const periode = firstParam(params.periode)?.trim();
  if (periode) return periode;
  const year = firstParam(params.tahun)?.trim();
  if (!year) return undefined;
  const month = firstParam(params.bulan)?.trim() ?? "";
  return month === "" || month === "semua" ? year : `${year}-${month.padStart(2, "0")}`;
}

/** The period asked for; a missing, unreadable or not yet begun one shows this month, with a notice (PeriodQuery). */
export function parseRegisterPeriod(params: SearchParams, today: CalendarDate): PeriodQuery {
  return periodFromQuery(askedKey(params), today.slice(0, 7), today);
}

export function registerQuery(period: ReportPeriod): string {
  return `periode=${period.key}`;
}

export function registerCsvFilename(period: ReportPeriod, register = "permohonan"): string {
  return `register-${register}-${period.key.toLowerCase()}.csv`;
}
