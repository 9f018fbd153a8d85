/**
 * Phase 1 of building a demo request: channel, moment of receipt and the dated timeline
 * (timeline.ts). Receipts respect how each channel works: walk-ins, calls and letters arrive on
 * working days in office hours; the portal and e-mail at any hour, weekends included.
 */
import { addDays, calendarDaysBetween, type CalendarDate } from "@/lib/deadlines";
import type { Clock } from "@/lib/deadlines/calendar-store";
import { zonedWallTimeToUtc } from "@/lib/datetime/zoned-to-utc";
import type { RequestChannel } from "@/lib/generated/prisma/enums";
import type { Rng } from "./random";
import type { Scenario } from "./scenarios";
import { planTimeline, workingDayHelpers, type Timeline, type TimelinePlan } from "./timeline";

/** The demo's "today": nothing happens on or after this office day. */
export const DEMO_TODAY: CalendarDate = "2026-12-03";

export type ScheduledRequest = { scenario: Scenario; channel: RequestChannel; receivedAt: Date; timeline: Timeline };

const OFFICE_ONLY: readonly RequestChannel[] = ["DATANG_LANGSUNG", "TELEPON", "SURAT"];

export const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

function receiptMinutes(rng: Rng, channel: RequestChannel): number {
  if (OFFICE_ONLY.includes(channel)) return rng.int(8 * 60, 15 * 60 + 30);
  const band = rng.weighted({ office: channel === "EMAIL" ? 7 : 5, evening: 4, night: 1 });
  if (band === "office") return rng.int(7 * 60, 15 * 60 + 59);
  if (band === "evening") return rng.int(16 * 60, 23 * 60 + 30);
  return rng.int(0, 6 * 60 + 30);
}

function drawPlan(rng: Rng, scenario: Scenario): Omit<TimelinePlan, "receivedAt"> {
  const granted = scenario.outcome === "DIKABULKAN_SELURUHNYA" || scenario.outcome === "DIKABULKAN_SEBAGIAN";
  const closed = scenario.status === "SELESAI";
  return {
    assignAfter: scenario.status === "DITERIMA" ? null : rng.pick([0, 1, 1, 2]),
    clarify: scenario.clarify ? { after: rng.int(0, 2), answerAfter: scenario.clarify === "open" ? null : rng.int(1, 4) } : null,
    extendBefore: scenario.extend ? rng.int(0, 2) : null,
    decide: scenario.outcome === null ? null : scenario.late ? { lateBy: rng.int(1, 4) } : { after: rng.int(2, 7) },
    deliverAfter: closed && granted ? rng.pick([0, 0, 1, 2, 3]) : null,
    closeAfter: closed ? rng.pick([0, 0, 1, 2]) : null,
  };
}

/** Finds the working day whose 09:30 receipt gives the wanted due date under this plan. */
function receiptDayForDue(target: CalendarDate, plan: Omit<TimelinePlan, "receivedAt">, clock: Clock, timeZone: string): CalendarDate {
  const wd = workingDayHelpers(clock);
  for (let day = addDays(target, -10); day >= addDays(target, -60); day = addDays(day, -1)) {
    if (!wd.isOpen(day)) continue;
    const receivedAt = zonedWallTimeToUtc(day, "09:30", timeZone);
    if (planTimeline({ ...plan, receivedAt }, clock).dueDate === target) return day;
  }
  throw new Error(`no receipt day gives due date ${target}`);
}

function pickDay(rng: Rng, scenario: Scenario): CalendarDate {
  const when = scenario.received;
  if ("month" in when) {
    const [year, month] = when.month.split("-").map(Number);
    const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return addDays(`${when.month}-01` as CalendarDate, rng.int(0, length - 1));
  }
  if ("between" in when) return addDays(when.between[0], rng.int(0, calendarDaysBetween(when.between[0], when.between[1])));
  throw new Error("dueOn scenarios are scheduled by their due date");
}

export function scheduleRequest(rng: Rng, scenario: Scenario, clock: Clock): ScheduledRequest {
  const timeZone = clock.settings.timeZone;
  const wd = workingDayHelpers(clock);
  const channel = scenario.channel ?? rng.weighted<RequestChannel>({ PORTAL: 56, DATANG_LANGSUNG: 15, EMAIL: 12, SURAT: 11, TELEPON: 6 });
  const plan = drawPlan(rng, scenario);
  const minutes = receiptMinutes(rng, channel);

  let day: CalendarDate;
  let time: number;
  if ("dueOn" in scenario.received) {
    // The search uses 09:30; any time before the office cutoff gives the same dates.
    day = receiptDayForDue(scenario.received.dueOn, plan, clock, timeZone);
    time = rng.int(8 * 60, 15 * 60 + 30);
  } else {
    day = pickDay(rng, scenario);
    time = minutes;
    if (OFFICE_ONLY.includes(channel)) while (!wd.isOpen(day)) day = addDays(day, 1);
  }
  const receivedAt = zonedWallTimeToUtc(day, hhmm(time), timeZone);
  return { scenario, channel, receivedAt, timeline: planTimeline({ ...plan, receivedAt }, clock) };
}
