import { z } from "zod";
import { UNSUR_CODES } from "./unsur";

const text = (label: string, max: number) =>
  z.string(`${label} wajib diisi.`).trim().min(1, `${label} wajib diisi.`).max(max, `${label} maksimal ${max} karakter.`);
const optionalDate = z.string().trim().optional().transform((v) => v || null).refine((v) => v === null || /^\d{4}-\d{2}-\d{2}$/.test(v), "Tanggal tidak valid.");

/** Rencana tindak lanjut for one unsur of an SKM period. */
export const followUpSchema = z.object({
  period: z.string().trim().regex(/^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|S[12]))?$/, "Periode tidak valid."),
  unsurCode: z.enum(UNSUR_CODES as [string, ...string[]], "Pilih unsur."),
  plan: text("Rencana tindak lanjut", 2000),
  responsible: text("Penanggung jawab", 200),
  targetDate: optionalDate,
});

/** A kendala (obstacle) or a recommendation for the evaluation reports. */
export const evaluationNoteSchema = z.object({
  kind: z.enum(["KENDALA", "REKOMENDASI"], "Pilih jenis catatan."),
  occurredOn: z.string("Tanggal wajib diisi.").trim().regex(/^\d{4}-\d{2}-\d{2}$/, "Tanggal wajib diisi."),
  category: text("Kategori", 100),
  description: text("Uraian", 3000),
  impact: z.string().trim().max(2000).optional().transform((v) => v || null),
  actionTaken: z.string().trim().max(2000).optional().transform((v) => v || null),
});
