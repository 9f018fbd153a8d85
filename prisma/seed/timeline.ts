/**
 * The dates of one demo request's life, computed with the real working-day clock (holidays, cutoff,
 * clarification pauses, extension), so every stored due date is exactly what the app would compute.
 * Pure: same plan + same clock → same dates.
 */
import { addDays, addWorkingDays, calendarDateToUtcDate, isWorkingDay, type CalendarDate } from "@/lib/deadlines";
import type { Clock } from "@/lib/deadlines/calendar-store";
import { deadlinesOfRequest } from "@/lib/requests/request-deadlines";

/** Offsets in working days; every step follows the previous one. */
export type TimelinePlan = {
  receivedAt: Date;
  /** Assigned this many working days after the day of receipt; null = still unassigned. */
  assignAfter: number | null;
  /** Clarification asked `after` working days after assignment; answered `answerAfter` later (null = still waiting). */
  clarify: { after: number; answerAfter: number | null } | null;
  /** Extension given this many working days before the 10-day notice due date. */
  extendBefore: number | null;
  /** Decided `after` working days after the last step (kept within the due date), or `lateBy` days after it. */
  decide: { after: number } | { lateBy: number } | null;
  /** Information handed over this many working days after the decision (granted outcomes). */
  deliverAfter: number | null;
  /** Closed (SELESAI) this many working days after delivery or, without delivery, after the decision. */
  closeAfter: number | null;
};

export type Timeline = {
  clockStartDate: CalendarDate;
  assignDay: CalendarDate | null;
  pause: { startDate: CalendarDate; resumeDate: CalendarDate | null } | null;
  noticeDueDate: CalendarDate | null;
  extendDay: CalendarDate | null;
  /** Due date in force (extended one when extended); null while a clarification is open. */
  dueDate: CalendarDate | null;
  decideDay: CalendarDate | null;
  deliverDay: CalendarDate | null;
  closeDay: CalendarDate | null;
};

export function workingDayHelpers(clock: Clock) {
  const after = (date: CalendarDate, n: number): CalendarDate => {
    const result = addWorkingDays(date, n, clock.calendar, clock.settings).date;
    if (result === null) throw new Error("unreachable: no pauses given");
    return result;
  };
  const before = (date: CalendarDate, n: number): CalendarDate => {
    let current = date;
    for (let counted = 0; counted < n; ) {
      current = addDays(current, -1);
      if (isWorkingDay(current, clock.calendar, clock.settings)) counted++;
    }
    return current;
  };
  const isOpen = (date: CalendarDate) => isWorkingDay(date, clock.calendar, clock.settings);
  return { after, before, isOpen };
}

const later = (a: CalendarDate, b: CalendarDate) => (a > b ? a : b);
const earlier = (a: CalendarDate, b: CalendarDate) => (a < b ? a : b);

export function planTimeline(plan: TimelinePlan, clock: Clock): Timeline {
  const wd = workingDayHelpers(clock);
  const toPause = (p: { startDate: CalendarDate; resumeDate: CalendarDate | null }) => ({
    startDate: calendarDateToUtcDate(p.startDate),
    resumeDate: p.resumeDate ? calendarDateToUtcDate(p.resumeDate) : null,
  });
  const base = deadlinesOfRequest({ receivedAt: plan.receivedAt, extendedAt: null, pauses: [] }, clock);
  const clockStartDate = base.clockStartDate;
  const assignDay = plan.assignAfter === null ? null : wd.after(clockStartDate, plan.assignAfter);

  let pause: Timeline["pause"] = null;
  if (plan.clarify) {
    if (!assignDay) throw new Error("a clarification needs an assigned officer");
    const startDate = wd.after(assignDay, plan.clarify.after);
    const resumeDate = plan.clarify.answerAfter === null ? null : wd.after(startDate, plan.clarify.answerAfter);
    pause = { startDate, resumeDate };
  }
  const pauses = pause ? [toPause(pause)] : [];
  const noticeDueDate = deadlinesOfRequest({ receivedAt: plan.receivedAt, extendedAt: null, pauses }, clock).noticeDueDate;
  let lastStep = pause?.resumeDate ?? pause?.startDate ?? assignDay ?? clockStartDate;

  let extendDay: CalendarDate | null = null;
  let dueDate = noticeDueDate;
  if (plan.extendBefore !== null) {
    if (!noticeDueDate) throw new Error("cannot extend while a clarification is open");
    extendDay = later(wd.before(noticeDueDate, plan.extendBefore), wd.after(lastStep, 1));
    if (extendDay > noticeDueDate) throw new Error(`extension on ${extendDay} after day 10 (${noticeDueDate})`);
    // Any instant of that day marks the request extended; the clock only needs "extended or not".
    dueDate = deadlinesOfRequest({ receivedAt: plan.receivedAt, extendedAt: calendarDateToUtcDate(extendDay), pauses }, clock).extendedDueDate;
    lastStep = extendDay;
  }

  let decideDay: CalendarDate | null = null;
  if (plan.decide) {
    if (!dueDate) throw new Error("cannot decide while a clarification is open");
    decideDay = "lateBy" in plan.decide
      ? wd.after(dueDate, plan.decide.lateBy)
      : later(wd.after(lastStep, 1), earlier(wd.after(lastStep, plan.decide.after), dueDate));
  }
  const deliverDay = decideDay && plan.deliverAfter !== null ? wd.after(decideDay, plan.deliverAfter) : null;
  const closeFrom = deliverDay ?? decideDay;
  const closeDay = closeFrom && plan.closeAfter !== null ? wd.after(closeFrom, plan.closeAfter) : null;
  return { clockStartDate, assignDay, pause, noticeDueDate, extendDay, dueDate, decideDay, deliverDay, closeDay };
}
