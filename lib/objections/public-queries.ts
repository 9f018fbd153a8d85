import "server-only";
import { db } from "@/lib/db";
import type { CalendarDate } from "@/lib/deadlines";
import { calendarDateFromUtcDate } from "@/lib/deadlines";
import { normalizeRegistrationNumber } from "@/lib/requests/public-tracking";
import { DECISION_LABELS, GROUND_LABELS, OBJECTION_STATUS_LABELS } from "./labels";

export type PublicObjectionView = {
  registrationNumber: string;
  receivedAt: Date;
  grounds: string[];
  reasons: string;
  late: boolean;
  lateAccepted: boolean;
  filingDueDate: CalendarDate;
  answerDueDate: CalendarDate;
  status: string;
  decision: string | null;
  decisionReasons: string | null;
  orderedAction: string | null;
  answerDate: CalendarDate | null;
  carriedOutAt: Date | null;
  settlementTerms: string | null;
};

/**
 * The objections of a request, as the requester sees them. Call ONLY after the request number and
 * tracking code were checked (lookupTrackedRequest): this function trusts its argument.
 */
export async function objectionsOfVerifiedRequest(requestNumber: string): Promise<PublicObjectionView[]> {
  const rows = await db.objection.findMany({
    where: { request: { registrationNumber: normalizeRegistrationNumber(requestNumber) } },
    orderBy: { receivedAt: "asc" },
    select: {
      registrationNumber: true, receivedAt: true, grounds: true, reasons: true, late: true, lateAcceptedAt: true, filingDueDate: true,
      answerDueDate: true, status: true, decision: true, decisionReasons: true, orderedAction: true, answerDate: true, carriedOutAt: true,
      settlementTerms: true,
    },
  });
  return rows.map((r) => ({
    registrationNumber: r.registrationNumber,
    receivedAt: r.receivedAt,
    grounds: r.grounds.map((g) => GROUND_LABELS[g]),
    reasons: r.reasons,
    late: r.late,
    lateAccepted: r.lateAcceptedAt !== null,
    filingDueDate: calendarDateFromUtcDate(r.filingDueDate),
    answerDueDate: calendarDateFromUtcDate(r.answerDueDate),
    status: OBJECTION_STATUS_LABELS[r.status],
    decision: r.decision ? DECISION_LABELS[r.decision] : null,
    decisionReasons: r.decisionReasons,
    orderedAction: r.orderedAction,
    answerDate: r.answerDate ? calendarDateFromUtcDate(r.answerDate) : null,
    carriedOutAt: r.carriedOutAt,
    settlementTerms: r.settlementTerms,
  }));
}
