import "server-only";
import { db } from "@/lib/db";
import { calendarDateFromUtcDate, compareCalendarDates, todayInZone, workingDaysBetween } from "@/lib/deadlines";
import { loadClock } from "@/lib/deadlines/calendar-store";
import { formatDate } from "@/lib/format/dates";
import { enqueueMessages, staffAddresses, type OutgoingMessage } from "./enqueue";

export const DUE_SOON_WORKING_DAYS = 3;

/**
 * Staff reminders for open requests: due within 3 working days, or overdue. The dedupe key holds the
 * due date, so each reminder is queued once per deadline however many instances run the job
 * (an extension moves the deadline and earns a new reminder).
 */
export async function enqueueDeadlineReminders(now = new Date()): Promise<number> {
  const clock = await loadClock();
  const today = todayInZone(now, clock.settings.timeZone);
  const open = await db.informationRequest.findMany({
    where: { status: { in: ["DITERIMA", "DIPROSES"] }, dueDate: { not: null } },
    select: { id: true, registrationNumber: true, dueDate: true, assignedTo: { select: { email: true, active: true } } },
  });
  const ppid = await staffAddresses(db, ["PPID"]);
  const messages: OutgoingMessage[] = [];
  for (const request of open) {
    const due = calendarDateFromUtcDate(request.dueDate!);
    const overdue = compareCalendarDates(today, due) > 0;
    const left = overdue ? -1 : workingDaysBetween(today, due, clock.calendar, clock.settings);
    if (!overdue && left > DUE_SOON_WORKING_DAYS) continue;
    const kind = overdue ? "overdue" : "due-soon";
    const to = request.assignedTo?.active && request.assignedTo.email ? [request.assignedTo.email] : ppid;
    const subject = overdue
      ? `[PPID] Permohonan ${request.registrationNumber} melewati batas waktu (${formatDate(due)})`
      : `[PPID] Permohonan ${request.registrationNumber} jatuh tempo ${formatDate(due)}`;
    const body = `${subject}.\n\nSegera terbitkan pemberitahuan tertulis atau catat perpanjangan dengan alasan tertulis.\n`;
    for (const address of to) messages.push({ dedupeKey: `${kind}:${request.id}:${due}:${address}`, kind, to: address, subject, body, requestId: request.id });
  }
  return enqueueMessages(db, messages);
}
