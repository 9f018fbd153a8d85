import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import { todayInZone, type CalendarDate } from "@/lib/deadlines";
import { loadClock, type Clock } from "@/lib/deadlines/calendar-store";
import { ASSESSED_ROLES } from "@/lib/evaluation/assessor-rules";
import type { Role } from "@/lib/generated/prisma/enums";
import { officerPerformance, type OfficerPerformance } from "./officer-performance";
import { officerRubrics, type OfficerRubric } from "./officer-rubrics";
import { officeRange, type ReportPeriod } from "./period";
import type { ReportRequestRow } from "./request-summary";
import { reportRequestRows } from "./request-rows";

/** An officer's objective figures for the period with the assessor's rubric (null: not assessed). */
export type OfficerReportRow = OfficerPerformance & { role: Role | null; rubric: OfficerRubric | null };

/**
 * The officers of a period: those assigned requests received in it, those assessed for it, and every
 * active desk officer and PPID, so the report shows who was not assessed. One function for the report
 * table and the assessment pages, so they agree.
 */
export async function officerReportRows(
  client: Db | Tx,
  periodKey: string,
  requestRows: ReportRequestRow[],
  range: { from: Date; to: Date },
  today: CalendarDate,
  clock: Clock,
): Promise<OfficerReportRow[]> {
  const [rubrics, staff] = await Promise.all([
    officerRubrics(client, periodKey),
    client.user.findMany({ where: { active: true, role: { in: [...ASSESSED_ROLES] } }, select: { id: true } }),
  ]);
  const figures = await officerPerformance(client, requestRows, range, today, clock, [...rubrics.keys(), ...staff.map((s) => s.id)]);
  const roles = new Map(
    (await client.user.findMany({ where: { id: { in: figures.map((f) => f.officerId) } }, select: { id: true, role: true } })).map((u) => [u.id, u.role]),
  );
  return figures.map((f) => ({ ...f, role: roles.get(f.officerId) ?? null, rubric: rubrics.get(f.officerId) ?? null }));
}

/** The same rows for one period on their own (the officer assessment pages). */
export async function periodOfficerRows(period: ReportPeriod, now = new Date(), client: Db | Tx = db): Promise<OfficerReportRow[]> {
  const clock = await loadClock(client);
  const range = officeRange(period, clock.settings.timeZone);
  const rows = await reportRequestRows(range, client);
  return officerReportRows(client, period.key, rows, range, todayInZone(now, clock.settings.timeZone), clock);
}
