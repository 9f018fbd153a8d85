import "server-only";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import type { ReportPeriod } from "./period";
import { buildPeriodReport, type PeriodReport } from "./period-report";

/** The report for a staff user (PIMPINAN, PPID, ADMIN, AUDITOR); ForbiddenError otherwise. */
export async function readPeriodReport(user: StaffUser, period: ReportPeriod, now = new Date()): Promise<PeriodReport> {
  assertPermission(user, "readReports");
  return buildPeriodReport(period, now);
}
