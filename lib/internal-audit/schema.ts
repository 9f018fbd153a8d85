import { z } from "zod";
import { parseAuditPeriod } from "./period";

const optionalText = (max: number) =>
  z.string("Isian harus berupa teks.").trim().max(max, `Maksimal ${max} karakter.`).transform((v) => v || null);

export const optionalLink = z
  .string()
  .trim()
  .max(500, "Maksimal 500 karakter.")
  .refine((v) => v === "" || /^https?:\/\/\S+$/i.test(v), "Tautan harus diawali http:// atau https://.")
  .transform((v) => v || null);

const dateText = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Isi tanggal dengan format yang benar.")
  .transform((v) => new Date(`${v}T00:00:00Z`))
  .refine((d) => !Number.isNaN(d.getTime()), "Tanggal tidak valid.");

export const createAuditSchema = z.object({
  period: z.string("Periode wajib diisi.").trim().refine((v) => parseAuditPeriod(v) !== null, "Isi periode seperti 2025-S2 (S1 = Jan–Jun, S2 = Jul–Des)."),
});

export const scoreItemSchema = z.object({
  auditId: z.string("Data yang dipilih tidak dikenal.").min(1, "Data yang dipilih tidak dikenal."),
  itemId: z.string("Data yang dipilih tidak dikenal.").min(1, "Data yang dipilih tidak dikenal."),
  score: z.string("Pilih nilai.").trim().min(1, "Pilih nilai.").regex(/^\d+$/, "Pilih nilai.").transform(Number),
  note: optionalText(2000),
  evidenceLink: optionalLink,
  overrideReason: optionalText(1000),
});

export const submitAuditSchema = z.object({ auditId: z.string("Data yang dipilih tidak dikenal.").min(1, "Data yang dipilih tidak dikenal."), summary: optionalText(4000) });

export const reviseAuditSchema = z.object({
  auditId: z.string("Data yang dipilih tidak dikenal.").min(1, "Data yang dipilih tidak dikenal."),
  reason: z.string("Jelaskan alasan revisi (minimal 10 karakter).").trim().min(10, "Jelaskan alasan revisi (minimal 10 karakter).").max(1000, "Maksimal 1000 karakter."),
});

export const raiseFindingSchema = z.object({
  auditId: z.string("Data yang dipilih tidak dikenal.").min(1, "Data yang dipilih tidak dikenal."),
  itemId: z.string("Isian harus berupa teks.").trim().transform((v) => v || null),
  title: z.string("Judul temuan minimal 5 karakter.").trim().min(5, "Judul temuan minimal 5 karakter.").max(200, "Maksimal 200 karakter."),
  description: z.string("Uraikan temuan (minimal 10 karakter).").trim().min(10, "Uraikan temuan (minimal 10 karakter).").max(4000, "Maksimal 4000 karakter."),
  severity: z.enum(["RENDAH", "SEDANG", "TINGGI"], { error: "Pilih tingkat temuan." }),
  ownerId: z.string("Pilih penanggung jawab.").trim().min(1, "Pilih penanggung jawab."),
  dueDate: dateText,
});

export const followUpSchema = z.object({
  findingId: z.string("Data yang dipilih tidak dikenal.").min(1, "Data yang dipilih tidak dikenal."),
  note: z.string("Uraikan tindak lanjut (minimal 5 karakter).").trim().min(5, "Uraikan tindak lanjut (minimal 5 karakter).").max(4000, "Maksimal 4000 karakter."),
  evidenceLink: optionalLink,
  close: z.string().optional().transform((v) => v === "on" || v === "true" || v === "1"),
});

export { dateText, optionalText };
