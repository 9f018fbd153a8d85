import { z } from "zod";
import { dateText } from "@/lib/internal-audit/schema";

export const publishVersionSchema = z.object({
  documentId: z.string("Data yang dipilih tidak dikenal.").min(1, "Data yang dipilih tidak dikenal."),
  body: z.string("Isi dokumen minimal 20 karakter.").trim().min(20, "Isi dokumen minimal 20 karakter.").max(50_000, "Isi dokumen terlalu panjang."),
  effectiveDate: dateText,
  approverName: z.string("Isi nama dan jabatan pejabat yang menyetujui.").trim().min(3, "Isi nama dan jabatan pejabat yang menyetujui.").max(200, "Maksimal 200 karakter."),
  changeNote: z.string("Isian harus berupa teks.").trim().max(1000, "Maksimal 1000 karakter.").transform((v) => v || null),
});

export const newDocumentSchema = publishVersionSchema.omit({ documentId: true }).extend({
  code: z.string("Kode wajib diisi.").trim().toUpperCase().regex(/^[A-Z0-9][A-Z0-9-]{1,19}$/, "Kode 2–20 huruf besar, angka atau tanda hubung, mis. SOP-02."),
  title: z.string("Judul minimal 5 karakter.").trim().min(5, "Judul minimal 5 karakter.").max(200, "Maksimal 200 karakter."),
  kind: z.enum(["SOP", "PANDUAN", "STANDAR", "MAKLUMAT"], { error: "Pilih jenis dokumen." }),
  isPublic: z.string().optional().transform((v) => v === "on"),
});
