import { z } from "zod";
import { calendarDateField, optionalCalendarDateField } from "@/lib/validation/date-fields";
import { UNSUR_CODES } from "./unsur";

const text = (label: string, max: number) =>
  z.string(`${label} wajib diisi.`).trim().min(1, `${label} wajib diisi.`).max(max, `${label} maksimal ${max} karakter.`);

const optionalText = (label: string, max: number) =>
  z.string("Isian harus berupa teks.").trim().max(max, `${label} maksimal ${max} karakter.`).optional().transform((v) => v || null);

/** Rencana tindak lanjut for one unsur of an SKM period. */
export const followUpSchema = z.object({
  period: z.string().trim().regex(/^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|S[12]))?$/, "Periode tidak valid."),
  unsurCode: z.enum(UNSUR_CODES as [string, ...string[]], "Pilih unsur."),
  plan: text("Rencana tindak lanjut", 2000),
  responsible: text("Penanggung jawab", 200),
  targetDate: optionalCalendarDateField("Target selesai"),
});

/** A kendala (obstacle) or a recommendation for the evaluation reports. */
export const evaluationNoteSchema = z.object({
  kind: z.enum(["KENDALA", "REKOMENDASI"], "Pilih jenis catatan."),
  occurredOn: calendarDateField("Tanggal"),
  category: text("Kategori", 100),
  description: text("Uraian", 3000),
  impact: optionalText("Dampak", 2000),
  actionTaken: optionalText("Tindakan yang diambil", 2000),
});
