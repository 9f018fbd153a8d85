// Grounds that depend on what happened to the request (UU KIP Pasal 35(1)): a refusal as exempt (a)
// needs a refusal — whole, or the withheld part of a partial grant, which is refused under Pasal 17 too; "not answered" (c) needs the notice deadline to have passed without a notice.
// The other grounds are the requester's account and are checked by the Atasan PPID. Pure.
import { compareCalendarDates, type CalendarDate } from "@/lib/deadlines";
import type { ObjectionGround, RequestOutcome } from "@/lib/generated/prisma/enums";

const REFUSING_OUTCOMES: readonly RequestOutcome[] = ["DITOLAK_DIKECUALIKAN", "DIKABULKAN_SEBAGIAN"];

export type RequestState = { outcome: RequestOutcome | null; noticeDate: CalendarDate | null; dueDate: CalendarDate | null };

/** Why a chosen ground cannot apply to this request (Bahasa Indonesia), or null when every ground can. */
export function groundRefusal(grounds: readonly ObjectionGround[], request: RequestState, filedOn: CalendarDate, formatDate: (d: CalendarDate) => string): string | null {
  if (grounds.includes("A_DITOLAK_DIKECUALIKAN") && !(request.outcome !== null && REFUSING_OUTCOMES.includes(request.outcome))) {
    return "Alasan huruf a hanya untuk permohonan yang ditolak seluruhnya atau sebagian dengan alasan pengecualian (Pasal 17); permohonan ini tidak ditolak dengan alasan itu.";
  }
  if (grounds.includes("C_TIDAK_DITANGGAPI")) {
    if (request.noticeDate !== null) return "Permohonan ini sudah ditanggapi dengan pemberitahuan tertulis; alasan huruf c tidak berlaku. Pilih alasan lain yang sesuai.";
    if (request.dueDate !== null && compareCalendarDates(filedOn, request.dueDate) <= 0) {
      return `Batas waktu pemberitahuan tertulis (${formatDate(request.dueDate)}) belum lewat; alasan huruf c dapat dipilih sesudah tanggal itu.`;
    }
  }
  return null;
}
