import "server-only";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { calendarDateToUtcDate, compareCalendarDates, todayInZone } from "@/lib/deadlines";
import { notifyObjectionAnswered } from "@/lib/notifications/messages";
import type { Untrusted } from "@/lib/requests/services/types";
import { parseOrRefuse, RuleError } from "@/lib/rule-error";
import { canSettleAmicably } from "./labels";
import { runObjectionChange } from "./run-change";
import { settleObjectionSchema } from "./schema";

/**
 * Records an amicable settlement (musyawarah) of a keberatan on grounds b–g, agreed with the requester.
 * It ends the objection like an answer: the settlement date is its answer date (the register, the
 * 30-working-day check and the reports count it), and the requester is told to look at /lacak.
 */
export async function settleObjectionAmicably(user: StaffUser, input: Untrusted<Record<string, unknown>>, now = new Date()): Promise<void> {
  assertPermission(user, "settleObjection");
  const data = parseOrRefuse(settleObjectionSchema, input);
  await runObjectionChange(user, "settleObjection", "settle", data.objectionId, now, async ({ tx, objection, today, clock }) => {
    if (objection.status !== "DIAJUKAN") throw new RuleError("Keberatan ini sudah ditanggapi atau diselesaikan.");
    if (!canSettleAmicably(objection.grounds)) {
      throw new RuleError("Keberatan atas penolakan informasi yang dikecualikan (Pasal 35 ayat 1 huruf a) tidak dapat diselesaikan secara musyawarah; Atasan PPID wajib memberikan tanggapan tertulis.");
    }
    if (objection.late && !objection.lateAcceptedAt) {
      throw new RuleError("Keberatan ini melewati batas waktu pengajuan: terima dulu sebagai keberatan terlambat (dengan catatan).");
    }
    if (compareCalendarDates(data.settledDate, today) > 0) throw RuleError.at("settledDate", "Tanggal kesepakatan tidak boleh di masa depan.");
    if (compareCalendarDates(data.settledDate, todayInZone(objection.receivedAt, clock.settings.timeZone)) < 0) {
      throw RuleError.at("settledDate", "Tanggal kesepakatan tidak boleh sebelum keberatan diterima.");
    }
    await notifyObjectionAnswered(tx, objection);
    const settledOn = calendarDateToUtcDate(data.settledDate);
    return {
      data: { status: "DISELESAIKAN_MUSYAWARAH", settledDate: settledOn, answerDate: settledOn, settlementTerms: data.settlementTerms, settledAt: now, settledById: user.id },
      requestEvent: { type: "KEBERATAN_DISELESAIKAN_MUSYAWARAH", note: `${objection.registrationNumber}: ${data.settlementTerms}` },
    };
  });
}
