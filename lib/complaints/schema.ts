import { z } from "zod";
import { CATEGORY_VALUES } from "./labels";

const text = (label: string, max: number) =>
  z.string(`${label} wajib diisi.`).trim().min(1, `${label} wajib diisi.`).max(max, `${label} maksimal ${max} karakter.`);
const optional = (max: number) => z.string("Isian harus berupa teks.").trim().max(max, `Maksimal ${max} karakter.`).optional().transform((v) => v || null);

/** The public complaint form; with "anonymous" no contact is kept, the tracking code is the only way back. */
export const complaintSchema = z
  .object({
    category: z.enum(CATEGORY_VALUES, "Pilih kategori pengaduan."),
    description: text("Uraian pengaduan", 5000).refine((v) => v.length >= 10, "Uraian pengaduan minimal 10 karakter."),
    requestNumber: optional(100),
    anonymous: z.union([z.boolean(), z.string()]).optional().transform((v) => v === true || v === "on"),
    contactName: optional(200),
    contactEmail: z.union([z.literal(""), z.email("Alamat surel tidak valid.")]).optional().transform((v) => v || null),
    contactPhone: optional(30).refine((v) => !v || /^[0-9+()\s-]{6,30}$/.test(v), "Nomor telepon tidak valid."),
  })
  .superRefine((v, ctx) => {
    if (!v.anonymous && !v.contactName) ctx.addIssue({ code: "custom", path: ["contactName"], message: "Isi nama Anda, atau pilih kirim tanpa identitas." });
    if (!v.anonymous && !v.contactEmail && !v.contactPhone) {
      ctx.addIssue({ code: "custom", path: ["contactEmail"], message: "Isi surel atau nomor telepon agar kami dapat menghubungi Anda, atau pilih kirim tanpa identitas." });
    }
  });

export type ComplaintInput = z.output<typeof complaintSchema>;

const id = z.string("Data yang dipilih tidak dikenal.").min(1, "Data yang dipilih tidak dikenal.");
export const triageSchema = z.object({ complaintId: id, note: text("Catatan penelaahan", 2000) });
export const assignComplaintSchema = z.object({ complaintId: id, assigneeId: z.string("Pilih petugas.").min(1, "Pilih petugas.") });
export const respondSchema = z.object({ complaintId: id, response: text("Tanggapan", 5000) });
export const resolveSchema = z.object({ complaintId: id, note: text("Catatan penyelesaian", 2000) });
