import "server-only";
import type { StaffUser } from "@/lib/auth/guard";
import { RuleError } from "@/lib/rule-error";
import { officeToday } from "@/lib/settings/clock";
import { parseReportPeriod, type ReportPeriod } from "./period";
import type { PeriodReport } from "./period-report";
import { readPeriodReport } from "./read-report";

export type RequestedReport = { period: ReportPeriod; report: PeriodReport } | { period: ReportPeriod | null; refusal: string };

/** The report named in a URL segment (/staf/laporan/2026-11/…), or why there is none: unknown or not yet begun. */
export async function requestedReport(user: StaffUser, segment: string): Promise<RequestedReport> {
  const period = parseReportPeriod(decodeURIComponent(segment));
  if (!period) return { period: null, refusal: "Periode tidak dikenal (contoh: 2026-11, 2026-Q4, 2026-S2, 2026)." };
  try {
    return { period, report: await readPeriodReport(user, period) };
  } catch (error) {
    if (error instanceof RuleError) return { period, refusal: error.message };
    throw error;
  }
}

/** The running month in the office zone: what the period picker offers after an unreadable period. */
export async function thisMonthPeriod(): Promise<ReportPeriod> {
  return parseReportPeriod((await officeToday()).slice(0, 7))!;
}
