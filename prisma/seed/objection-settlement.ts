/**
 * A demo keberatan settled by musyawarah (ground g: information delivered late), on the latest request
 * whose written notice came after its deadline. Deterministic; written after the other objections.
 */
import type { Tx } from "@/lib/db";
import { zonedWallTimeToUtc } from "@/lib/datetime/zoned-to-utc";
import { addWorkingDays, calendarDateFromUtcDate, calendarDateToUtcDate, compareCalendarDates } from "@/lib/deadlines";
import type { Clock } from "@/lib/deadlines/calendar-store";
import { answerDeadline, filingWindow } from "@/lib/objections/windows";
import { formatRegistrationNumber, takeNextSequence } from "@/lib/requests/numbering";
import type { StaffMember } from "./lifecycle";
import { DEMO_TODAY } from "./schedule";

const TERMS = "PPID menyampaikan permohonan maaf atas keterlambatan dan menyerahkan salinan lengkap beserta data pendukung melalui surel; pemohon menerima dan tidak melanjutkan keberatan.";

export async function seedSettledObjection(tx: Tx, clock: Clock, agencyCode: string, ppid: StaffMember): Promise<number> {
  const decided = await tx.informationRequest.findMany({
    where: { noticeDate: { not: null }, dueDate: { not: null }, objections: { none: {} } },
    orderBy: { receivedAt: "desc" },
    select: { id: true, noticeDate: true, dueDate: true },
  });
  const late = decided.find((r) => r.noticeDate! > r.dueDate!);
  if (!late) return 0;
  const noticeDate = calendarDateFromUtcDate(late.noticeDate!);
  const plus = (n: number) => addWorkingDays(noticeDate, n, clock.calendar, clock.settings).date!;
  const [filedOn, settledOn] = [plus(3), plus(8)];
  if (compareCalendarDates(settledOn, DEMO_TODAY) > 0) return 0;
  const receivedAt = zonedWallTimeToUtc(filedOn, "10:15", clock.settings.timeZone);
  const window = filingWindow({ noticeDate, dueDate: calendarDateFromUtcDate(late.dueDate!) }, filedOn, clock.calendar, clock.settings);
  const year = Number(filedOn.slice(0, 4));
  const sequence = await takeNextSequence(tx, "KEBERATAN", year);
  const registrationNumber = formatRegistrationNumber("KEBERATAN", agencyCode, year, sequence);
  const settledAt = zonedWallTimeToUtc(settledOn, "13:30", clock.settings.timeZone);
  const row = await tx.objection.create({
    data: {
      registrationNumber, year, sequence, requestId: late.id, channel: "PORTAL", receivedAt, grounds: ["G_MELEBIHI_WAKTU"],
      reasons: "Pemberitahuan tertulis baru saya terima setelah batas sepuluh hari kerja tanpa pemberitahuan perpanjangan.",
      groundArose: calendarDateToUtcDate(window.groundArose), filingDueDate: calendarDateToUtcDate(window.filingDueDate), late: window.late,
      answerDueDate: calendarDateToUtcDate(answerDeadline(receivedAt, clock.calendar, clock.settings).answerDueDate),
      status: "DISELESAIKAN_MUSYAWARAH", settledDate: calendarDateToUtcDate(settledOn), answerDate: calendarDateToUtcDate(settledOn),
      settlementTerms: TERMS, settledAt, settledById: ppid.id,
    },
    select: { id: true },
  });
  await tx.requestEvent.createMany({
    data: [
      { requestId: late.id, type: "KEBERATAN_DIAJUKAN", note: `Keberatan ${registrationNumber}`, data: { objectionId: row.id }, at: receivedAt },
      { requestId: late.id, type: "KEBERATAN_DISELESAIKAN_MUSYAWARAH", note: `${registrationNumber}: ${TERMS}`, data: { objectionId: row.id }, actorId: ppid.id, at: settledAt },
    ],
  });
  return 1;
}
