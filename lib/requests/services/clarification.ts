import "server-only";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { calendarDateFromUtcDate, calendarDateToUtcDate } from "@/lib/deadlines";
import { pauseSchema, resumeSchema, type PauseInput, type ResumeInput } from "@/lib/requests/process-schemas";
import { formatDate } from "@/lib/format/dates";
import { parseOrRefuse, RuleError } from "@/lib/rule-error";
import type { Untrusted } from "@/lib/requests/services/types";
import { runTransition } from "@/lib/requests/services/run-transition";
import { ACTION_PERMISSION } from "@/lib/requests/transitions";

/** Asks the requester for clarification: the clock stops from today (office zone). */
export async function pauseRequest(user: StaffUser, input: Untrusted<PauseInput>, now = new Date()): Promise<void> {
  assertPermission(user, ACTION_PERMISSION.pause);
  const data = parseOrRefuse(pauseSchema, input);
  await runTransition(user, "pause", data.requestId, now, async ({ tx, request, today }) => {
    const pause = await tx.clarificationPause.create({
      data: { requestId: request.id, question: data.question, startDate: calendarDateToUtcDate(today) },
      select: { id: true },
    });
    return {
      data: { status: "MENUNGGU_KLARIFIKASI" },
      event: { type: "CLARIFICATION_REQUESTED", note: data.question, data: { pauseId: pause.id, startDate: today } },
      recomputeDeadlines: true,
    };
  });
}

/** Records the requester's answer: the clock resumes the working day after the answer arrived. */
export async function resumeRequest(user: StaffUser, input: Untrusted<ResumeInput>, now = new Date()): Promise<void> {
  assertPermission(user, ACTION_PERMISSION.resume);
  const data = parseOrRefuse(resumeSchema, input);
  await runTransition(user, "resume", data.requestId, now, async ({ tx, request, today }) => {
    const open = await tx.clarificationPause.findFirst({
      where: { requestId: request.id, resumeDate: null },
      orderBy: { startDate: "desc" },
      select: { id: true, startDate: true },
    });
    if (!open) throw new RuleError("Tidak ada permintaan klarifikasi yang menunggu jawaban.");
    const startDate = calendarDateFromUtcDate(open.startDate);
    if (data.resumeDate > today) {
      throw RuleError.at("resumeDate", "Tanggal jawaban diterima tidak boleh di masa depan.");
    }
    if (data.resumeDate < startDate) {
      throw RuleError.at("resumeDate", `Tanggal jawaban tidak boleh sebelum klarifikasi diminta (${formatDate(startDate)}).`);
    }
    await tx.clarificationPause.update({
      where: { id: open.id },
      data: { answer: data.answer, resumeDate: calendarDateToUtcDate(data.resumeDate) },
    });
    return {
      data: { status: "DIPROSES" },
      event: { type: "CLARIFICATION_ANSWERED", note: data.answer, data: { pauseId: open.id, resumeDate: data.resumeDate } },
      recomputeDeadlines: true,
    };
  });
}
