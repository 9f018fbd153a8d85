import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import { calendarDateToUtcDate, todayInZone, type CalendarDate } from "@/lib/deadlines";
import type { DisputeStage, GuideKind, ObjectionDecision, ObjectionGround, Role } from "@/lib/generated/prisma/enums";
import { currentVersion } from "@/lib/guides/current-version";
import { hoursByOfficerYear } from "@/lib/training/records";
import type { AnnualProfile } from "./annual-profile-schema";
import { findAnnualProfile } from "./annual-profile-store";
import type { ReportPeriod } from "./period";

export type GuideInForce = { code: string; title: string; kind: GuideKind; version: number; effectiveDate: Date };
export type StaffFigures = { byRole: Partial<Record<Role, number>>; trainedOfficers: number; trainingHours: number; trainingEvents: number };
export type DisputeRow = { registrationNumber: string; filedDate: Date; stage: DisputeStage | null; result: string | null };

/**
 * The parts of the annual (and semester) report beyond the request figures (domain README §5):
 * policy and resources from the year's profile, the SOPs/standards/maklumat in force, officer
 * counts and training, objection grounds and decisions, and disputes at the Komisi Informasi.
 */
export type AnnualSections = {
  year: number;
  profile: AnnualProfile | null;
  guides: GuideInForce[];
  staff: StaffFigures;
  objectionGrounds: Partial<Record<ObjectionGround, number>>;
  objectionDecisions: Partial<Record<ObjectionDecision, number>>;
  disputes: DisputeRow[];
};

const pad = (n: number) => String(n).padStart(2, "0");

function tally<K extends string>(keys: readonly K[]): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  for (const k of keys) out[k] = (out[k] ?? 0) + 1;
  return out;
}

/** Reads only; callers guard (buildPeriodReport is reached through readPeriodReport). */
export async function annualSections(period: ReportPeriod, range: { from: Date; to: Date }, now: Date, timeZone: string, client: Db | Tx = db): Promise<AnnualSections> {
  // Calendar-date bounds of the period for @db.Date columns: [first day, first day after].
  const firstDay = calendarDateToUtcDate(`${period.year}-${pad(period.firstMonth)}-01` as CalendarDate);
  const nextFirstDay = new Date(Date.UTC(period.year, period.firstMonth - 1 + period.months, 1));
  const lastDay = new Date(nextFirstDay.getTime() - 86_400_000);
  const today = calendarDateToUtcDate(todayInZone(now, timeZone));
  const [profile, guideDocs, users, attendances, objections, disputes] = await Promise.all([
    findAnnualProfile(period.year, client),
    client.guideDocument.findMany({
      orderBy: [{ order: "asc" }, { code: "asc" }],
      select: { code: true, title: true, kind: true, versions: { select: { version: true, effectiveDate: true } } },
    }),
    client.user.groupBy({ by: ["role"], where: { active: true }, _count: { _all: true } }),
    client.trainingParticipant.findMany({
      where: { event: { date: { gte: firstDay, lt: nextFirstDay } } },
      select: { userId: true, event: { select: { id: true, date: true, hours: true, competency: true } } },
    }),
    client.objection.findMany({ where: { receivedAt: { gte: range.from, lt: range.to } }, select: { grounds: true, decision: true } }),
    client.objection.findMany({
      where: { disputeFiledDate: { gte: firstDay, lt: nextFirstDay } },
      orderBy: { disputeFiledDate: "asc" },
      select: { registrationNumber: true, disputeFiledDate: true, disputeStage: true, disputeResult: true },
    }),
  ]);
  // The version in force at the end of the period (or today, for a period still running).
  const asOf = lastDay < today ? lastDay : today;
  const guides = guideDocs.flatMap(({ versions, ...doc }) => {
    const v = currentVersion(versions, asOf);
    return v ? [{ ...doc, version: v.version, effectiveDate: v.effectiveDate }] : [];
  });
  // Training hours per officer, summed the way the Pembinaan page sums them (lib/training/records).
  const hours = hoursByOfficerYear(attendances.map((a) => ({ userId: a.userId, year: a.event.date.getUTCFullYear(), hours: a.event.hours, competency: a.event.competency })));
  const trainingHours = [...hours.values()].reduce((sum, years) => sum + (years.get(period.year) ?? 0), 0);
  return {
    year: period.year,
    profile,
    guides,
    staff: {
      byRole: Object.fromEntries(users.map((u) => [u.role, u._count._all])),
      trainedOfficers: hours.size,
      trainingHours,
      trainingEvents: new Set(attendances.map((a) => a.event.id)).size,
    },
    objectionGrounds: tally(objections.flatMap((o) => o.grounds)),
    objectionDecisions: tally(objections.flatMap((o) => (o.decision ? [o.decision] : []))),
    disputes: disputes.map((d) => ({ registrationNumber: d.registrationNumber, filedDate: d.disputeFiledDate!, stage: d.disputeStage, result: d.disputeResult })),
  };
}
