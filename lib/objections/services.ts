import "server-only";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { calendarDateFromUtcDate, calendarDateToUtcDate, compareCalendarDates } from "@/lib/deadlines";
import type { Untrusted } from "@/lib/requests/services/types";
import { parseOrRefuse, RuleError } from "@/lib/rule-error";
import { DECISION_LABELS } from "./labels";
import { runObjectionChange } from "./run-change";
import { acceptLateSchema, carryOutSchema, decideObjectionSchema, disputeSchema, reactionSchema } from "./schema";
import { disputeDeadline } from "./windows";
import { notifyObjectionAnswered } from "@/lib/notifications/messages";

type Input = Untrusted<Record<string, unknown>>;

/** An officer accepts a keberatan filed after the 30-working-day window, with a note why. */
export async function acceptLateObjection(user: StaffUser, input: Input, now = new Date()): Promise<void> {
  assertPermission(user, "acceptLateObjection");
  const data = parseOrRefuse(acceptLateSchema, input);
  await runObjectionChange(user, "acceptLateObjection", "acceptLate", data.objectionId, now, ({ objection }) => {
    if (!objection.late) throw new RuleError("Keberatan ini diajukan tepat waktu; tidak perlu diterima sebagai keberatan terlambat.");
    if (objection.lateAcceptedAt) throw new RuleError("Keberatan terlambat ini sudah diterima sebelumnya.");
    return { data: { lateAcceptedAt: now, lateAcceptedById: user.id, lateAcceptanceNote: data.note } };
  });
}

/** The Atasan PPID's written answer: uphold with reasons, or overturn and order what must be given. */
export async function decideObjection(user: StaffUser, input: Input, now = new Date()): Promise<void> {
  assertPermission(user, "decideObjection");
  const data = parseOrRefuse(decideObjectionSchema, input);
  await runObjectionChange(user, "decideObjection", "decide", data.objectionId, now, async ({ tx, objection, today, clock }) => {
    if (objection.status !== "DIAJUKAN") throw new RuleError("Keberatan ini sudah ditanggapi.");
    if (objection.late && !objection.lateAcceptedAt) {
      throw new RuleError("Keberatan ini melewati batas waktu pengajuan: terima dulu sebagai keberatan terlambat (dengan catatan) sebelum ditanggapi.");
    }
    const answerDueDate = calendarDateFromUtcDate(objection.answerDueDate);
    await notifyObjectionAnswered(tx, objection);
    return {
      data: {
        status: "DIPUTUSKAN", decision: data.decision, decisionReasons: data.decisionReasons,
        orderedAction: data.decision === "MEMBATALKAN" ? data.orderedAction : null, decidedAt: now, decidedById: user.id,
        answerDate: calendarDateToUtcDate(today), atasanName: user.name, atasanPosition: data.atasanPosition,
        disputeDueDate: calendarDateToUtcDate(disputeDeadline(today, answerDueDate, clock.calendar, clock.settings)),
      },
      requestEvent: { type: "KEBERATAN_DIPUTUSKAN", note: `${objection.registrationNumber}: ${DECISION_LABELS[data.decision]}` },
    };
  });
}

/** The PPID carries out an overturning answer (gives what was ordered), with its own timestamp. */
export async function carryOutObjection(user: StaffUser, input: Input, now = new Date()): Promise<void> {
  assertPermission(user, "carryOutObjection");
  const data = parseOrRefuse(carryOutSchema, input);
  await runObjectionChange(user, "carryOutObjection", "carryOut", data.objectionId, now, ({ objection }) => {
    if (objection.status !== "DIPUTUSKAN" || objection.decision !== "MEMBATALKAN") {
      throw new RuleError("Hanya tanggapan Atasan PPID yang membatalkan keputusan PPID yang perlu dilaksanakan.");
    }
    return {
      data: { status: "DILAKSANAKAN", carriedOutAt: now, carriedOutById: user.id, carriedOutNote: data.note },
      requestEvent: { type: "KEBERATAN_DILAKSANAKAN", note: data.note },
    };
  });
}

/** The requester's reaction to the Atasan's answer (register column). */
export async function recordObjectionReaction(user: StaffUser, input: Input, now = new Date()): Promise<void> {
  assertPermission(user, "followUpObjection");
  const data = parseOrRefuse(reactionSchema, input);
  await runObjectionChange(user, "followUpObjection", "reaction", data.objectionId, now, ({ objection }) => {
    if (objection.status === "DIAJUKAN") throw new RuleError("Tanggapan pemohon dicatat setelah Atasan PPID memberikan tanggapan.");
    return { data: { requesterReaction: data.reaction, reactionAt: now } };
  });
}

/** A dispute (sengketa) at the Komisi Informasi Provinsi: filing date against the 14-working-day window, stage, result. */
export async function recordDispute(user: StaffUser, input: Input, now = new Date()): Promise<void> {
  assertPermission(user, "followUpObjection");
  const data = parseOrRefuse(disputeSchema, input);
  await runObjectionChange(user, "followUpObjection", "dispute", data.objectionId, now, ({ objection, today, clock }) => {
    if (compareCalendarDates(data.disputeFiledDate, today) > 0) throw RuleError.at("disputeFiledDate", "Tanggal pengajuan sengketa tidak boleh di masa depan.");
    const answerDate = objection.answerDate ? calendarDateFromUtcDate(objection.answerDate) : null;
    if (!answerDate && compareCalendarDates(today, calendarDateFromUtcDate(objection.answerDueDate)) <= 0) {
      throw new RuleError("Sengketa dapat diajukan setelah tanggapan Atasan PPID atau setelah batas waktu tanggapan lewat.");
    }
    const due = disputeDeadline(answerDate, calendarDateFromUtcDate(objection.answerDueDate), clock.calendar, clock.settings);
    if (data.disputeStage === "PUTUSAN" && !data.disputeResult) throw RuleError.at("disputeResult", "Isi hasil putusan Komisi Informasi.");
    return {
      data: {
        disputeFiledDate: calendarDateToUtcDate(data.disputeFiledDate), disputeDueDate: calendarDateToUtcDate(due),
        disputeStage: data.disputeStage, disputeResult: data.disputeResult, disputeUpdatedAt: now,
      },
    };
  });
}
