/** Counts of the seeded register, printed by the seed and checked by its integration test. */
import { calendarDateFromUtcDate, type CalendarDate } from "@/lib/deadlines";
import type { Clock } from "@/lib/deadlines/calendar-store";
import type { Db, Tx } from "@/lib/db";
import { RequestOutcome, RequestStatus } from "@/lib/generated/prisma/enums";
import { workingDayHelpers } from "./timeline";

export type DemoSummary = {
  requests: number;
  byStatus: Record<RequestStatus, number>;
  byOutcome: Record<RequestOutcome, number>;
  byYear: Record<string, number>;
  /** Open requests whose due date is before today. */
  overdue: number;
  /** Open requests due today or within the next 3 working days. */
  dueWithin3WorkingDays: number;
  awaitingClarification: number;
  extended: number;
  resumedClarifications: number;
  decidedOnTime: number;
  decidedLate: number;
  withCost: number;
};

const zeroes = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export async function summarizeRequests(client: Db | Tx, clock: Clock, today: CalendarDate): Promise<DemoSummary> {
  const rows = await client.informationRequest.findMany({
    select: {
      year: true, status: true, outcome: true, dueDate: true, noticeDate: true, extendedAt: true, costAmount: true,
      pauses: { select: { resumeDate: true } },
    },
  });
  const soonLimit = workingDayHelpers(clock).after(today, 3);
  const summary: DemoSummary = {
    requests: rows.length,
    byStatus: zeroes(Object.values(RequestStatus)),
    byOutcome: zeroes(Object.values(RequestOutcome)),
    byYear: {},
    overdue: 0, dueWithin3WorkingDays: 0, awaitingClarification: 0, extended: 0, resumedClarifications: 0,
    decidedOnTime: 0, decidedLate: 0, withCost: 0,
  };
  for (const row of rows) {
    summary.byStatus[row.status]++;
    if (row.outcome) summary.byOutcome[row.outcome]++;
    summary.byYear[row.year] = (summary.byYear[row.year] ?? 0) + 1;
    const due = row.dueDate ? calendarDateFromUtcDate(row.dueDate) : null;
    const open = !row.outcome;
    if (open && due && due < today) summary.overdue++;
    if (open && due && due >= today && due <= soonLimit) summary.dueWithin3WorkingDays++;
    if (row.pauses.some((p) => p.resumeDate === null)) summary.awaitingClarification++;
    summary.resumedClarifications += row.pauses.filter((p) => p.resumeDate !== null).length;
    if (row.extendedAt) summary.extended++;
    if (row.noticeDate && row.dueDate) row.noticeDate > row.dueDate ? summary.decidedLate++ : summary.decidedOnTime++;
    if ((row.costAmount ?? 0) > 0) summary.withCost++;
  }
  return summary;
}

export function formatSummary(s: DemoSummary): string[] {
  const list = (counts: Record<string, number>) => Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(", ");
  return [
    `Permohonan: ${s.requests} (per tahun: ${list(s.byYear)})`,
    `Per status: ${list(s.byStatus)}`,
    `Per keputusan: ${list(s.byOutcome)}`,
    `Terlambat (lewat tenggat, belum diputuskan): ${s.overdue}; jatuh tempo ≤ 3 hari kerja: ${s.dueWithin3WorkingDays}`,
    `Menunggu klarifikasi: ${s.awaitingClarification}; klarifikasi terjawab: ${s.resumedClarifications}; diperpanjang: ${s.extended}`,
    `Diputuskan tepat waktu: ${s.decidedOnTime}; terlambat: ${s.decidedLate}; dengan biaya: ${s.withCost}`,
  ];
}
