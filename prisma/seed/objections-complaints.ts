/**
 * Demo keberatan and pengaduan (issue 3), written after the demo requests in the same transaction.
 * Deterministic: derived from the seeded requests in order, with fixed texts and offsets.
 */
import type { Tx } from "@/lib/db";
import { zonedWallTimeToUtc } from "@/lib/datetime/zoned-to-utc";
import { addWorkingDays, calendarDateFromUtcDate, calendarDateToUtcDate, compareCalendarDates, type CalendarDate } from "@/lib/deadlines";
import type { Clock } from "@/lib/deadlines/calendar-store";
import type { ComplaintCategory, ComplaintStatus } from "@/lib/generated/prisma/enums";
import { answerDeadline, disputeDeadline, filingWindow } from "@/lib/objections/windows";
import { formatRegistrationNumber, takeNextSequence } from "@/lib/requests/numbering";
import type { StaffMember } from "./lifecycle";
import { DEMO_TODAY } from "./schedule";
import { seedSettledObjection } from "./objection-settlement";

type Staff = { ppid: StaffMember; atasan: StaffMember; officer: StaffMember };
const at = (date: CalendarDate, time: string, clock: Clock) => zonedWallTimeToUtc(date, time, clock.settings.timeZone);
const plus = (date: CalendarDate, days: number, clock: Clock) => addWorkingDays(date, days, clock.calendar, clock.settings).date!;
const notAfterToday = (date: CalendarDate) => compareCalendarDates(date, DEMO_TODAY) <= 0;

// [working days after the notice, answer after n working days (null: still waiting), overturn?]
const OBJECTION_PLANS: [number, number | null, boolean][] = [[6, 12, false], [9, 20, true], [33, 15, false], [4, null, false]];
const REASONS = [
  "Informasi yang diminta menyangkut penggunaan anggaran publik dan tidak termasuk informasi yang dikecualikan.",
  "Kontrak pengadaan yang telah selesai dilaksanakan merupakan informasi yang wajib tersedia setiap saat.",
  "Alasan pengecualian tidak disertai uji konsekuensi yang dapat kami pahami.",
  "Sebagian informasi dapat diberikan dengan menghitamkan data pribadi, tidak perlu ditolak seluruhnya.",
];

export async function seedObjections(tx: Tx, clock: Clock, agencyCode: string, staff: Staff): Promise<number> {
  const refused = await tx.informationRequest.findMany({
    where: { outcome: "DITOLAK_DIKECUALIKAN", noticeDate: { not: null } },
    orderBy: { receivedAt: "asc" },
    select: { id: true, noticeDate: true, dueDate: true },
  });
  let created = 0;
  for (const [i, [after, answerAfter, overturn]] of OBJECTION_PLANS.entries()) {
    const request = refused[refused.length - OBJECTION_PLANS.length + i];
    if (!request) break;
    const noticeDate = calendarDateFromUtcDate(request.noticeDate!);
    const filedOn = plus(noticeDate, after, clock);
    if (!notAfterToday(filedOn)) continue;
    const receivedAt = at(filedOn, "09:30", clock);
    const window = filingWindow({ noticeDate, dueDate: calendarDateFromUtcDate(request.dueDate!) }, filedOn, clock.calendar, clock.settings);
    const { answerDueDate } = answerDeadline(receivedAt, clock.calendar, clock.settings);
    const answerDate = answerAfter === null ? null : plus(filedOn, answerAfter, clock);
    const answered = answerDate !== null && notAfterToday(answerDate);
    const year = Number(filedOn.slice(0, 4));
    const sequence = await takeNextSequence(tx, "KEBERATAN", year);
    const registrationNumber = formatRegistrationNumber("KEBERATAN", agencyCode, year, sequence);
    const row = await tx.objection.create({
      data: {
        registrationNumber, year, sequence, requestId: request.id, channel: i === 2 ? "SURAT" : "PORTAL", receivedAt,
        grounds: overturn ? ["A_DITOLAK_DIKECUALIKAN", "E_TIDAK_DIPENUHI"] : ["A_DITOLAK_DIKECUALIKAN"], reasons: REASONS[i],
        groundArose: calendarDateToUtcDate(window.groundArose), filingDueDate: calendarDateToUtcDate(window.filingDueDate), late: window.late,
        ...(window.late ? { lateAcceptedAt: at(filedOn, "11:00", clock), lateAcceptedById: staff.ppid.id, lateAcceptanceNote: "Pemohon berada di luar daerah; surat keterangan perjalanan dinas dilampirkan." } : {}),
        answerDueDate: calendarDateToUtcDate(answerDueDate), createdById: i === 2 ? staff.officer.id : null,
        ...(answered ? {
          status: overturn ? "DILAKSANAKAN" : "DIPUTUSKAN", decision: overturn ? "MEMBATALKAN" : "MENGUATKAN",
          decisionReasons: overturn ? "Informasi kontrak yang telah selesai merupakan informasi terbuka (Pasal 11 ayat 1 huruf e)." : "Uji konsekuensi PPID telah memadai; pembukaan informasi dapat menghambat proses penegakan hukum.",
          orderedAction: overturn ? "Berikan salinan kontrak beserta nilai kontrak kepada pemohon." : null,
          decidedAt: at(answerDate, "14:00", clock), answerDate: calendarDateToUtcDate(answerDate), decidedById: staff.atasan.id,
          atasanName: staff.atasan.name, atasanPosition: "Sekretaris Dinas selaku Atasan PPID",
          disputeDueDate: calendarDateToUtcDate(disputeDeadline(answerDate, answerDueDate, clock.calendar, clock.settings)),
          ...(overturn ? { carriedOutAt: at(plus(answerDate, 2, clock), "10:00", clock), carriedOutById: staff.ppid.id, carriedOutNote: "Salinan kontrak dikirim melalui surel." } : { requesterReaction: "Pemohon menerima tanggapan Atasan PPID." }),
        } : {}),
      },
      select: { id: true },
    });
    await tx.requestEvent.create({ data: { requestId: request.id, type: "KEBERATAN_DIAJUKAN", note: `Keberatan ${registrationNumber}`, data: { objectionId: row.id }, at: receivedAt } });
    if (answered) await tx.requestEvent.create({ data: { requestId: request.id, type: "KEBERATAN_DIPUTUSKAN", note: registrationNumber, data: { objectionId: row.id }, actorId: staff.atasan.id, at: at(answerDate, "14:00", clock) } });
    created++;
  }
  return created;
}

const COMPLAINTS: [CalendarDate, ComplaintCategory, string, ComplaintStatus, boolean][] = [
  ["2026-02-10", "JAWABAN_TERLAMBAT", "Permohonan saya belum dijawab padahal sudah lebih dari sepuluh hari kerja.", "SELESAI", false],
  ["2026-04-22", "MASALAH_PORTAL", "Formulir permohonan gagal dikirim ketika saya melampirkan surat kuasa dari ponsel.", "SELESAI", true],
  ["2026-07-15", "PETUGAS_TIDAK_MEMBANTU", "Petugas di meja layanan tidak menjelaskan cara mengajukan keberatan.", "DITANGGAPI", false],
  ["2026-09-03", "BIAYA", "Saya diminta membayar fotokopi melebihi tarif yang diumumkan.", "DITELAAH", true],
  ["2026-11-30", "INFORMASI_TIDAK_AKURAT", "Data harga komoditas yang diberikan berbeda dengan data di papan informasi pasar.", "BARU", true],
];

export async function seedComplaints(tx: Tx, clock: Clock, agencyCode: string, staff: Staff): Promise<number> {
  for (const [i, [date, category, description, status, anonymous]] of COMPLAINTS.entries()) {
    const sequence = await takeNextSequence(tx, "PENGADUAN", 2026);
    const receivedAt = at(date, "10:15", clock);
    const step = (days: number, time: string) => at(plus(date, days, clock), time, clock);
    const reached = (s: ComplaintStatus) => ["BARU", "DITELAAH", "DITANGGAPI", "SELESAI"].indexOf(status) >= ["BARU", "DITELAAH", "DITANGGAPI", "SELESAI"].indexOf(s);
    await tx.complaint.create({
      data: {
        registrationNumber: formatRegistrationNumber("PENGADUAN", agencyCode, 2026, sequence), year: 2026, sequence,
        trackingCode: `PENGADUAN${"23456"[i]}`, category, description, anonymous, receivedAt, status,
        ...(anonymous ? {} : { contactName: ["Yuliana Seran", "", "Markus Tefa"][i] || "Warga Kupang", contactPhone: "081337000" + (100 + i) }),
        ...(reached("DITELAAH") ? { triagedAt: step(1, "09:00"), triageNote: "Ditelaah oleh PPID.", assignedToId: staff.officer.id, assignedAt: step(1, "09:30") } : {}),
        ...(reached("DITANGGAPI") ? { response: "Terima kasih atas pengaduan Anda. Kami telah menindaklanjutinya.", respondedAt: step(3, "13:00") } : {}),
        ...(reached("SELESAI") ? { resolvedAt: step(5, "15:00"), resolutionNote: "Tindak lanjut selesai dan dikonfirmasi kepada pelapor." } : {}),
      },
    });
  }
  return COMPLAINTS.length;
}

/** The one call seed-demo.ts makes. */
export async function seedObjectionsAndComplaints(tx: Tx, clock: Clock, agencyCode: string, staff: { ppid: StaffMember; officers: StaffMember[]; atasan?: StaffMember }) {
  if (!staff.atasan) throw new Error("demo accounts need an ATASAN");
  const people = { ppid: staff.ppid, atasan: staff.atasan, officer: staff.officers[0] };
  const objections = (await seedObjections(tx, clock, agencyCode, people)) + (await seedSettledObjection(tx, clock, agencyCode, staff.ppid));
  return { objections, complaints: await seedComplaints(tx, clock, agencyCode, people) };
}
