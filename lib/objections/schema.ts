import { z } from "zod";
import { calendarDateField } from "@/lib/validation/date-fields";
import { GROUND_VALUES } from "./labels";

const text = (label: string, max: number) =>
  z.string(`${label} wajib diisi.`).trim().min(1, `${label} wajib diisi.`).max(max, `${label} maksimal ${max} karakter.`);
const optionalText = (max: number) => z.string("Isian harus berupa teks.").trim().max(max, `Maksimal ${max} karakter.`).optional().transform((v) => v || null);
const date = calendarDateField;
const yes = z.union([z.boolean(), z.string()]).optional().transform((v) => v === true || v === "on" || v === "1" || v === "true");

/** What the requester (or an officer, for a paper objection) states. */
export const objectionContentSchema = z
  .object({
    grounds: z.array(z.enum(GROUND_VALUES), "Pilih alasan keberatan.").min(1, "Pilih minimal satu alasan keberatan (Pasal 35 ayat 1)."),
    reasons: text("Uraian keberatan", 5000),
    viaProxy: yes,
    proxyName: optionalText(200),
  })
  .superRefine((v, ctx) => {
    if (v.viaProxy && !v.proxyName) ctx.addIssue({ code: "custom", path: ["proxyName"], message: "Nama kuasa wajib diisi bila keberatan diajukan melalui kuasa." });
  });

export const publicObjectionSchema = z.object({
  registrationNumber: text("Nomor registrasi permohonan", 100),
  trackingCode: text("Kode pelacakan", 40),
});

export const offlineObjectionSchema = z.object({
  registrationNumber: text("Nomor registrasi permohonan", 100),
  receivedDate: date("Tanggal diterima"),
  channel: z.enum(["SURAT", "DATANG_LANGSUNG", "EMAIL"], "Pilih saluran penerimaan."),
});

export const acceptLateSchema = z.object({ objectionId: z.string("Data yang dipilih tidak dikenal.").min(1, "Data yang dipilih tidak dikenal."), note: text("Catatan penerimaan", 2000) });

export const decideObjectionSchema = z
  .object({
    objectionId: z.string("Data yang dipilih tidak dikenal.").min(1, "Data yang dipilih tidak dikenal."),
    decision: z.enum(["MENGUATKAN", "MEMBATALKAN"], "Pilih tanggapan Atasan PPID."),
    decisionReasons: text("Alasan tertulis", 5000),
    orderedAction: optionalText(5000),
    atasanPosition: text("Jabatan Atasan PPID", 200),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "MEMBATALKAN" && !v.orderedAction) {
      ctx.addIssue({ code: "custom", path: ["orderedAction"], message: "Sebutkan informasi yang wajib diberikan PPID." });
    }
  });

export const carryOutSchema = z.object({ objectionId: z.string("Data yang dipilih tidak dikenal.").min(1, "Data yang dipilih tidak dikenal."), note: text("Catatan pelaksanaan", 2000) });
export const reactionSchema = z.object({ objectionId: z.string("Data yang dipilih tidak dikenal.").min(1, "Data yang dipilih tidak dikenal."), reaction: text("Tanggapan pemohon", 2000) });
export const disputeSchema = z.object({
  objectionId: z.string("Data yang dipilih tidak dikenal.").min(1, "Data yang dipilih tidak dikenal."),
  disputeFiledDate: date("Tanggal pengajuan sengketa"),
  disputeStage: z.enum(["DIDAFTARKAN", "MEDIASI", "AJUDIKASI", "PUTUSAN"], "Pilih tahap sengketa."),
  disputeResult: optionalText(2000),
});

export const settleObjectionSchema = z.object({
  objectionId: z.string("Data yang dipilih tidak dikenal.").min(1, "Data yang dipilih tidak dikenal."),
  settledDate: date("Tanggal kesepakatan"),
  settlementTerms: text("Isi kesepakatan", 5000).refine((v) => v.length >= 20, "Uraikan isi kesepakatan (minimal 20 karakter): apa yang diberikan atau dilakukan PPID."),
  requesterAgreed: yes.refine((v) => v, "Penyelesaian musyawarah memerlukan persetujuan pemohon: centang bila pemohon telah menyetujui."),
});

export type ObjectionContent = z.output<typeof objectionContentSchema>;
