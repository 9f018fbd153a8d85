import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import { mandatoryCoverage } from "@/lib/catalogue/coverage";
import { complaintCountsByCategory, complaintResolutionTimes } from "@/lib/complaints/report-queries";
import { calendarDateFromUtcDate, todayInZone, workingDaysBetween } from "@/lib/deadlines";
import { loadClock } from "@/lib/deadlines/calendar-store";
import { periodEvaluationNotes } from "@/lib/survey/evaluation-notes";
import { periodIkm, type PeriodIkm } from "@/lib/survey/ikm-queries";
import { annualSections, type AnnualSections } from "./annual-sections";
import { RuleError } from "@/lib/rule-error";
import { futurePeriodRefusal, officeRange, periodStage, periodTitle, type ReportPeriod } from "./period";
import { requestFiguresOf } from "./request-figures";
import { officerReportRows, type OfficerReportRow } from "./officer-rows";
import { reportRequestRows } from "./request-rows";
import { median, type RequestSummary } from "./request-summary";

export type EvaluationNoteRow = { id: string; kind: string; occurredOn: Date; category: string; description: string; impact: string | null; actionTaken: string | null };

export type PeriodReport = {
  period: ReportPeriod;
  title: string;
  generatedAt: Date;
  requests: RequestSummary;
  objections: { received: number; byStatus: Record<string, number>; answered: number; medianWorkingDaysToAnswer: number | null };
  complaints: { received: number; byCategory: Record<string, number>; byStatus: Record<string, number>; resolved: number; medianHoursToResolve: number | null };
  ikm: PeriodIkm;
  officers: OfficerReportRow[];
  dip: { ada: number; usang: number; kosong: number } | null;
  kendala: EvaluationNoteRow[];
  recommendations: EvaluationNoteRow[];
  /** Policy, resources, objection grounds and disputes: annual and semester reports only. */
  annual: AnnualSections | null;
};

function tally(values: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

/**
 * Every figure of the monthly, semester and annual reports, from one place. The register summary
 * and the public /statistik read the same functions (summarizeRequests over reportRequestRows,
 * periodIkm), so the numbers agree. Callers guard it; it only reads.
 */
export async function buildPeriodReport(period: ReportPeriod, now = new Date(), client: Db | Tx = db): Promise<PeriodReport> {
  const clock = await loadClock(client);
  // A period that has not begun has no figures; a "report" of zeros would only invite a signature.
  if (periodStage(period, todayInZone(now, clock.settings.timeZone)) === "BELUM_DIMULAI") throw new RuleError(futurePeriodRefusal(period));
  const range = officeRange(period, clock.settings.timeZone);
  const [requests, objections, complaintCats, complaintRows, resolution, ikm, coverage, notes] = await Promise.all([
    requestFiguresOf(range, now, client),
    client.objection.findMany({ where: { receivedAt: { gte: range.from, lt: range.to } }, select: { status: true, receivedAt: true, answerDate: true } }),
    complaintCountsByCategory(range, client),
    client.complaint.findMany({ where: { receivedAt: { gte: range.from, lt: range.to } }, select: { status: true } }),
    complaintResolutionTimes(range, client),
    periodIkm(period, client),
    mandatoryCoverage(now, client).catch(() => null),
    periodEvaluationNotes(period, client),
  ]);
  const annual = period.kind === "TAHUN" || period.kind === "SEMESTER" ? await annualSections(period, range, now, clock.settings.timeZone, client) : null;
  const officers = await officerReportRows(client, period.key, await reportRequestRows(range, client), range, todayInZone(now, clock.settings.timeZone), clock);
  const answerDays = objections.flatMap((o) =>
    o.answerDate ? [workingDaysBetween(todayInZone(o.receivedAt, clock.settings.timeZone), calendarDateFromUtcDate(o.answerDate), clock.calendar, clock.settings)] : [],
  );
  return {
    period,
    title: periodTitle(period),
    generatedAt: now,
    requests,
    objections: { received: objections.length, byStatus: tally(objections.map((o) => o.status)), answered: answerDays.length, medianWorkingDaysToAnswer: median(answerDays) },
    complaints: {
      received: complaintRows.length,
      byCategory: complaintCats,
      byStatus: tally(complaintRows.map((c) => c.status)),
      resolved: resolution.resolved,
      medianHoursToResolve: resolution.medianHours === null ? null : Math.round(resolution.medianHours * 10) / 10,
    },
    ikm,
    officers,
    dip: coverage && coverage.length > 0
      ? { ada: coverage.filter((c) => c.state === "ADA").length, usang: coverage.filter((c) => c.state === "USANG").length, kosong: coverage.filter((c) => c.state === "KOSONG").length }
      : null,
    kendala: notes.filter((n) => n.kind === "KENDALA"),
    recommendations: notes.filter((n) => n.kind === "REKOMENDASI"),
    annual,
  };
}
