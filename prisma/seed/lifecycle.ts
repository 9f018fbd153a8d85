/**
 * Phase 2 of building a demo request: its content (request-content.ts) and the RequestEvent timeline that staff
 * actions would have written (same event types, notes and data as lib/requests/create-request.ts and
 * lib/requests/services), at office-hour times (WITA, stored UTC) on the dates of the timeline.
 */
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { calendarDateToUtcDate, zonedDateTime } from "@/lib/deadlines";
import type { Clock } from "@/lib/deadlines/calendar-store";
import { startOfOfficeDay } from "@/lib/datetime/zoned-to-utc";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RequestOutcome } from "@/lib/generated/prisma/enums";
import { CHANNEL_LABELS, COPY_DELIVERY_LABELS, OUTCOME_LABELS } from "@/lib/requests/labels";
import { deadlineColumns, deadlinesOfRequest } from "@/lib/requests/request-deadlines";
import { decisionColumns, deliveryColumns, type AnyTopic } from "./decision-details";
import { eventClock } from "./event-clock";
import { CLARIFICATIONS, EXTENSION_REASONS } from "./process-texts";
import type { Rng } from "./random";
import { describeRequest } from "./request-content";
import type { ScheduledRequest } from "./schedule";

export type StaffMember = { id: string; name: string; role: Role };
export type BuildContext = {
  clock: Clock;
  ppid: StaffMember;
  officers: readonly StaffMember[];
  topicFor: (outcome: RequestOutcome | null) => AnyTopic;
  /** Next consequence-test reference of the given year ("Uji Konsekuensi No. 01/UK/…/2025"). */
  nextConsequenceTest: (year: number) => string;
};

export type DraftEvent = { type: string; note: string | null; data?: Prisma.InputJsonObject; actorId: string | null; at: Date };
export type DraftPause = { question: string; answer: string | null; startDate: Date; resumeDate: Date | null; createdAt: Date };
export type RequestDraft = {
  year: number;
  /** InformationRequest columns except the number, sequence and tracking code (given at insert). */
  request: Omit<Prisma.InformationRequestUncheckedCreateInput, "registrationNumber" | "year" | "sequence" | "trackingCode">;
  pause: DraftPause | null;
  events: DraftEvent[];
};

const GRANTED: readonly (RequestOutcome | null)[] = ["DIKABULKAN_SELURUHNYA", "DIKABULKAN_SEBAGIAN"];

export function buildRequest(rng: Rng, scheduled: ScheduledRequest, ctx: BuildContext): RequestDraft {
  const { scenario, channel, receivedAt, timeline: t } = scheduled;
  const timeZone = ctx.clock.settings.timeZone;
  const year = Number(zonedDateTime(receivedAt, timeZone).date.slice(0, 4));
  const topic = ctx.topicFor(scenario.outcome);
  const content = describeRequest(rng, scenario, channel, topic, year);
  const { obtainMethod, copyDelivery } = content;
  const registrar = channel === "PORTAL" ? null : rng.pick(ctx.officers);
  const officer = rng.pick(ctx.officers);
  const at = eventClock(rng, timeZone, receivedAt);

  const events: DraftEvent[] = [
    { type: "DITERIMA", note: `Permohonan diterima melalui ${CHANNEL_LABELS[channel]}.`, data: { channel }, actorId: registrar?.id ?? null, at: receivedAt },
  ];
  if (t.assignDay) {
    events.push({
      type: "ASSIGNED",
      note: `Ditugaskan kepada ${officer.name} (${ROLE_LABELS[officer.role]}).`,
      data: { assigneeId: officer.id, previousAssigneeId: null },
      actorId: ctx.ppid.id,
      at: at(t.assignDay),
    });
  }

  let pause: DraftPause | null = null;
  if (t.pause) {
    const { question, answer } = rng.pick(CLARIFICATIONS);
    const askedAt = at(t.pause.startDate);
    events.push({ type: "CLARIFICATION_REQUESTED", note: question, data: { startDate: t.pause.startDate }, actorId: officer.id, at: askedAt });
    const resumeDate = t.pause.resumeDate;
    if (resumeDate) events.push({ type: "CLARIFICATION_ANSWERED", note: answer, data: { resumeDate }, actorId: officer.id, at: at(resumeDate) });
    pause = {
      question,
      answer: resumeDate ? answer : null,
      startDate: calendarDateToUtcDate(t.pause.startDate),
      resumeDate: resumeDate ? calendarDateToUtcDate(resumeDate) : null,
      createdAt: askedAt,
    };
  }

  let extension = { extendedAt: null as Date | null, extensionReason: null as string | null };
  if (t.extendDay) {
    const extendedAt = at(t.extendDay);
    const extensionReason = rng.pick(EXTENSION_REASONS);
    extension = { extendedAt, extensionReason };
    events.push({ type: "EXTENDED", note: extensionReason, actorId: ctx.ppid.id, at: extendedAt });
  }
  // The stored deadlines come from the app's own computation, never from the plan.
  const deadlines = deadlineColumns(deadlinesOfRequest({ receivedAt, extendedAt: extension.extendedAt, pauses: pause ? [pause] : [] }, ctx.clock));
  if ((deadlines.dueDate?.getTime() ?? null) !== (t.dueDate ? calendarDateToUtcDate(t.dueDate).getTime() : null)) {
    throw new Error(`timeline and clock disagree on the due date of a request received ${receivedAt.toISOString()}`);
  }

  let decision = {};
  if (scenario.outcome && t.decideDay) {
    const refusal = scenario.outcome === "DITOLAK_DIKECUALIKAN";
    const columns = decisionColumns(scenario.outcome, topic, obtainMethod, refusal ? ctx.nextConsequenceTest(Number(t.decideDay.slice(0, 4))) : null);
    const decidedAt = at(t.decideDay);
    decision = { ...columns, outcome: scenario.outcome, decidedAt, noticeDate: calendarDateToUtcDate(t.decideDay) };
    events.push({
      type: "DECIDED",
      note: `${OUTCOME_LABELS[scenario.outcome]}. ${columns.decisionNote}`,
      data: { outcome: scenario.outcome, noticeDate: t.decideDay, exemptionArticle: columns.exemptionArticle },
      actorId: ctx.ppid.id,
      at: decidedAt,
    });
  }

  let delivery = {};
  if (t.deliverDay && GRANTED.includes(scenario.outcome)) {
    const columns = deliveryColumns(rng, topic, obtainMethod, copyDelivery, scenario.pages);
    delivery = { ...columns, deliveredAt: startOfOfficeDay(t.deliverDay, timeZone) };
    events.push({
      type: "DELIVERED",
      note: `${COPY_DELIVERY_LABELS[columns.deliveryMethod]}: ${columns.deliveredInformation}`,
      data: { deliveredDate: t.deliverDay, costAmount: columns.costAmount },
      actorId: officer.id,
      at: at(t.deliverDay),
    });
  }

  let closedAt: Date | null = null;
  if (t.closeDay) {
    closedAt = at(t.closeDay);
    const note = GRANTED.includes(scenario.outcome)
      ? "Informasi telah diterima pemohon; permohonan selesai."
      : "Pemberitahuan tertulis telah disampaikan kepada pemohon; permohonan ditutup.";
    events.push({ type: "CLOSED", note, actorId: officer.id, at: closedAt });
  }

  return {
    year,
    pause,
    events,
    request: {
      channel,
      receivedAt,
      consentAt: receivedAt,
      createdAt: receivedAt,
      updatedAt: events[events.length - 1].at,
      createdById: registrar?.id ?? null,
      ...content,
      status: scenario.status,
      assignedToId: t.assignDay ? officer.id : null,
      ...deadlines,
      ...extension,
      ...decision,
      ...delivery,
      closedAt,
    },
  };
}
