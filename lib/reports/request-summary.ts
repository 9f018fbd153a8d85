// The request figures of every report (monthly, semester, annual), the register summary and the
// public /statistik page (UU KIP Pasal 12). Pure: rows in, numbers out.
import { workingDaysBetween, type CalendarDate, type ClarificationPause } from "@/lib/deadlines";
import type { Clock } from "@/lib/deadlines/calendar-store";
import type { ApplicantType, RequestChannel, RequestOutcome, RequestStatus } from "@/lib/generated/prisma/enums";

export type ReportRequestRow = {
  id: string;
  registrationNumber: string;
  applicantName: string;
  channel: RequestChannel;
  applicantType: ApplicantType;
  status: RequestStatus;
  outcome: RequestOutcome | null;
  assignedToId: string | null;
  clockStartDate: CalendarDate;
  noticeDate: CalendarDate | null;
  dueDate: CalendarDate | null;
  extended: boolean;
  exemptionArticle: string | null;
  consequenceTestRef: string | null;
  /** Clarification pauses: days waiting for the requester's answer are not the office's time. */
  pauses: ClarificationPause[];
};

export type RequestSummary = {
  received: number;
  byChannel: Partial<Record<RequestChannel, number>>;
  byApplicantType: Partial<Record<ApplicantType, number>>;
  byOutcome: Partial<Record<RequestOutcome, number>>;
  undecided: number;
  decided: number;
  onTime: number;
  /** Requests whose timeliness is settled: decided, or still undecided after the due date (late already). */
  onTimeBase: number;
  /** onTime as a share of onTimeBase, 0–100 (1 decimal): an overdue request counts against it before its notice. */
  onTimePercent: number | null;
  meanWorkingDays: number | null;
  medianWorkingDays: number | null;
  extensions: number;
  overdue: { id: string; registrationNumber: string; applicantName: string; dueDate: CalendarDate }[];
  refusals: { id: string; registrationNumber: string; exemptionArticle: string | null; consequenceTestRef: string | null }[];
  refusalsByArticle: Record<string, number>;
};

const round1 = (n: number) => Math.round(n * 10) / 10;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function countBy<K extends string>(rows: readonly ReportRequestRow[], key: (r: ReportRequestRow) => K | null): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  for (const row of rows) {
    const k = key(row);
    if (k !== null) out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

/**
 * `today` decides what is overdue (no written notice and the due date in force has passed).
 * Working days run from the day of receipt to the notice, without the days spent waiting for a
 * clarification (the same pause rule as the legal clock, lib/deadlines/pauses.ts).
 */
export function summarizeRequests(rows: readonly ReportRequestRow[], today: CalendarDate, clock: Clock): RequestSummary {
  const decidedRows = rows.filter((r) => r.noticeDate !== null);
  const days = decidedRows.map((r) => workingDaysBetween(r.clockStartDate, r.noticeDate!, clock.calendar, clock.settings, r.pauses));
  const onTime = decidedRows.filter((r) => r.dueDate === null || r.noticeDate! <= r.dueDate).length;
  const overdue = rows.filter((r) => r.noticeDate === null && r.dueDate !== null && r.dueDate < today);
  const onTimeBase = decidedRows.length + overdue.length;
  const refusals = rows.filter((r) => r.outcome === "DITOLAK_DIKECUALIKAN");
  const refusalsByArticle: Record<string, number> = {};
  for (const r of refusals) {
    const key = r.exemptionArticle ? `Pasal 17 huruf ${r.exemptionArticle}` : "Pasal 17";
    refusalsByArticle[key] = (refusalsByArticle[key] ?? 0) + 1;
  }
  return {
    received: rows.length,
    byChannel: countBy(rows, (r) => r.channel),
    byApplicantType: countBy(rows, (r) => r.applicantType),
    byOutcome: countBy(rows, (r) => r.outcome),
    undecided: rows.length - decidedRows.length,
    decided: decidedRows.length,
    onTime,
    onTimeBase,
    onTimePercent: onTimeBase ? round1((onTime / onTimeBase) * 100) : null,
    meanWorkingDays: days.length ? round1(days.reduce((a, b) => a + b, 0) / days.length) : null,
    medianWorkingDays: median(days),
    extensions: rows.filter((r) => r.extended).length,
    overdue: overdue.map((r) => ({ id: r.id, registrationNumber: r.registrationNumber, applicantName: r.applicantName, dueDate: r.dueDate! })),
    refusals: refusals.map((r) => ({ id: r.id, registrationNumber: r.registrationNumber, exemptionArticle: r.exemptionArticle, consequenceTestRef: r.consequenceTestRef })),
    refusalsByArticle,
  };
}
