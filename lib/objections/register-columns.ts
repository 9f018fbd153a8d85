import type { CsvCell } from "@/lib/csv/to-csv";
import { officeDateOf } from "@/lib/datetime/zoned-to-utc";
import { calendarDateFromUtcDate } from "@/lib/deadlines";
import type { ObjectionDecision, ObjectionGround, DisputeStage } from "@/lib/generated/prisma/enums";
import { DECISION_LABELS, DISPUTE_STAGE_LABELS, GROUND_LETTERS } from "./labels";

/** Register keberatan columns, domain README §4 (plus sengketa, which the register tracks too). */
export const OBJECTION_REGISTER_HEADERS = [
  "Nomor keberatan", "Tanggal", "Pemohon (kuasa)", "Nomor permohonan", "Informasi yang diminta", "Tujuan penggunaan",
  "Alasan keberatan (Pasal 35 ayat 1)", "Tanggapan Atasan PPID", "Tanggal tanggapan", "Nama/jabatan Atasan PPID",
  "Tanggapan pemohon", "Sengketa",
] as const;

export type ObjectionRegisterInput = {
  registrationNumber: string; receivedAt: Date; viaProxy: boolean; proxyName: string | null; grounds: ObjectionGround[];
  late: boolean; decision: ObjectionDecision | null; decisionReasons: string | null; orderedAction: string | null;
  answerDate: Date | null; settlementTerms: string | null; atasanName: string | null; atasanPosition: string | null; requesterReaction: string | null;
  disputeStage: DisputeStage | null; disputeResult: string | null;
  request: { registrationNumber: string; applicantName: string; informationRequested: string; purpose: string };
};

/** One register row; `date` formats dates (ISO for CSV, Indonesian on screen); receipt day in the office zone. Pure. */
export function objectionRegisterCells(row: ObjectionRegisterInput, date: (d: string) => string, timeZone: string): CsvCell[] {
  const decision = row.decision
    ? [DECISION_LABELS[row.decision], row.decisionReasons, row.orderedAction ? `Wajib diberikan: ${row.orderedAction}` : null].filter(Boolean).join(". ")
    : row.settlementTerms ? `Diselesaikan secara musyawarah: ${row.settlementTerms}` : "";
  return [
    row.registrationNumber + (row.late ? " (terlambat)" : ""),
    date(officeDateOf(row.receivedAt, timeZone)),
    row.request.applicantName + (row.viaProxy && row.proxyName ? ` (kuasa: ${row.proxyName})` : ""),
    row.request.registrationNumber,
    row.request.informationRequested,
    row.request.purpose,
    row.grounds.map((g) => GROUND_LETTERS[g]).join(", "),
    decision,
    row.answerDate ? date(calendarDateFromUtcDate(row.answerDate)) : "",
    [row.atasanName, row.atasanPosition].filter(Boolean).join(" / "),
    row.requesterReaction ?? "",
    row.disputeStage ? [DISPUTE_STAGE_LABELS[row.disputeStage], row.disputeResult].filter(Boolean).join(": ") : "",
  ];
}
