import "server-only";
import { db } from "@/lib/db";
import { calendarDateFromUtcDate, type CalendarDate } from "@/lib/deadlines/calendar-date";
import {
  CHANNEL_LABELS, COPY_DELIVERY_LABELS, OBTAIN_METHOD_LABELS, OUTCOME_LABELS, STATUS_LABELS,
} from "@/lib/requests/labels";
import { PUBLIC_EVENT_LABELS, PUBLIC_EVENT_TYPES } from "@/lib/requests/public-events";
import { generateTrackingCode, trackingCodesMatch } from "@/lib/requests/tracking-code";

/**
 * What the requester sees of their own request on the receipt, on /lacak and at GET /api/lacak.
 * JSON-safe: instants are ISO strings, calendar dates "YYYY-MM-DD" (office time zone).
 * No NIK, address, contact, staff names or internal notes.
 */
export type PublicRequestView = {
  registrationNumber: string;
  receivedAt: string;
  channel: { code: string; label: string };
  applicantName: string;
  informationRequested: string;
  obtainMethod: { code: string; label: string };
  copyDelivery: { code: string; label: string };
  status: { code: string; label: string };
  /** The open clarification question addressed to the requester (clock paused), else null. */
  clarificationQuestion: string | null;
  deadlines: {
    clockStartDate: CalendarDate;
    noticeDueDate: CalendarDate | null;
    extendedDueDate: CalendarDate | null;
    dueDate: CalendarDate | null;
    extensionReason: string | null;
  };
  decision: {
    outcome: { code: string; label: string } | null;
    decidedAt: string | null;
    noticeDate: CalendarDate | null;
    exemptionArticle: string | null;
    holderName: string | null;
    redactionNote: string | null;
  };
  delivery: {
    deliveredAt: string | null;
    method: { code: string; label: string } | null;
    information: string | null;
    costAmount: number | null;
  };
  closedAt: string | null;
  timeline: { type: string; label: string; at: string }[];
};

const SELECT = {
  registrationNumber: true, trackingCode: true, receivedAt: true, channel: true, applicantName: true,
  informationRequested: true, obtainMethod: true, copyDelivery: true, status: true,
  clockStartDate: true, noticeDueDate: true, extendedDueDate: true, dueDate: true, extensionReason: true,
  outcome: true, decidedAt: true, noticeDate: true, exemptionArticle: true, holderName: true, redactionNote: true,
  deliveredAt: true, deliveryMethod: true, deliveredInformation: true, costAmount: true, closedAt: true,
  pauses: { where: { resumeDate: null }, select: { question: true }, orderBy: { startDate: "desc" }, take: 1 },
  events: { where: { type: { in: PUBLIC_EVENT_TYPES } }, select: { type: true, at: true }, orderBy: { at: "asc" } },
} as const;

// Compared against when the number does not exist, so a miss costs the same as a wrong code.
const DECOY_CODE = generateTrackingCode();

const day = (d: Date | null) => (d ? calendarDateFromUtcDate(d) : null);
const iso = (d: Date | null) => (d ? d.toISOString() : null);
const coded = <C extends string>(code: C, labels: Record<C, string>) => ({ code, label: labels[code] });

/** Normalises what people type as a registration number ("0007/pmh/ppid-dpp/2026 " → upper case, trimmed). */
export function normalizeRegistrationNumber(input: string): string {
  return input.trim().toUpperCase().replace(/\s+/g, "");
}

/**
 * The request with this number, only when the tracking code matches; otherwise null, whether the
 * number or the code was wrong (the caller cannot tell which, nor can anyone watching the timing).
 */
export async function findRequestForTracking(registrationNumber: string, trackingCode: string): Promise<PublicRequestView | null> {
  const row = await db.informationRequest.findUnique({
    where: { registrationNumber: normalizeRegistrationNumber(registrationNumber) },
    select: SELECT,
  });
  const matches = trackingCodesMatch(trackingCode, row?.trackingCode ?? DECOY_CODE);
  if (!row || !matches) return null;

  return {
    registrationNumber: row.registrationNumber,
    receivedAt: row.receivedAt.toISOString(),
    channel: coded(row.channel, CHANNEL_LABELS),
    applicantName: row.applicantName,
    informationRequested: row.informationRequested,
    obtainMethod: coded(row.obtainMethod, OBTAIN_METHOD_LABELS),
    copyDelivery: coded(row.copyDelivery, COPY_DELIVERY_LABELS),
    status: coded(row.status, STATUS_LABELS),
    clarificationQuestion: row.pauses[0]?.question ?? null,
    deadlines: {
      clockStartDate: calendarDateFromUtcDate(row.clockStartDate),
      noticeDueDate: day(row.noticeDueDate),
      extendedDueDate: day(row.extendedDueDate),
      dueDate: day(row.dueDate),
      extensionReason: row.extendedDueDate ? row.extensionReason : null,
    },
    decision: {
      outcome: row.outcome ? coded(row.outcome, OUTCOME_LABELS) : null,
      decidedAt: iso(row.decidedAt),
      noticeDate: day(row.noticeDate),
      exemptionArticle: row.exemptionArticle,
      holderName: row.holderName,
      redactionNote: row.redactionNote,
    },
    delivery: {
      deliveredAt: iso(row.deliveredAt),
      method: row.deliveryMethod ? coded(row.deliveryMethod, COPY_DELIVERY_LABELS) : null,
      information: row.deliveredInformation,
      costAmount: row.costAmount,
    },
    closedAt: iso(row.closedAt),
    timeline: row.events.map((e) => ({ type: e.type, label: PUBLIC_EVENT_LABELS[e.type] ?? e.type, at: e.at.toISOString() })),
  };
}
