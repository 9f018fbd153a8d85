import { z } from "zod";
import { EXEMPT_LETTERS, NON_EXPIRING_LETTERS } from "./labels";
import { MAX_BERKALA_CYCLE_MONTHS } from "./freshness";

const text = (label: string, max = 300) => z.string(`${label} wajib diisi.`).trim().min(1, `${label} wajib diisi.`).max(max, `${label} maksimal ${max} karakter.`);
const optional = (max = 300) => z.string("Isian harus berupa teks.").trim().max(max, `Maksimal ${max} karakter.`).transform((v) => v || null);
const list = z.string("Isian harus berupa teks.").trim().transform((v) => v.split(",").map((s) => s.trim()).filter(Boolean));
const isoDate = z.string("Isi tanggal (HH/BB/TTTT).").trim().regex(/^\d{4}-\d{2}-\d{2}$/, "Isi tanggal (HH/BB/TTTT).");
const optionalDate = z.union([z.literal(""), isoDate]).transform((v) => v || null);

// Shared by the staff form and the service. Text fields arrive as strings from FormData.
export const dipItemSchema = z
  .object({
    category: z.enum(["BERKALA", "SERTA_MERTA", "SETIAP_SAAT", "DIKECUALIKAN"], "Pilih kategori informasi."),
    title: text("Judul", 250),
    summary: z.string("Isian harus berupa teks.").trim().max(5000, "Ringkasan maksimal 5000 karakter."),
    tags: list,
    unit: text("Unit pengelola", 200),
    responsibleOfficial: text("Penanggung jawab", 200),
    madeWhen: optional(),
    madeWhere: optional(),
    formats: list,
    retentionPeriod: text("Jangka waktu penyimpanan", 200),
    linkUrl: z.union([z.literal(""), z.url("Tautan harus alamat web lengkap (https://…).")]).transform((v) => v || null),
    mandatoryKindId: optional(64),
    updateCycleMonths: z.coerce.number("Siklus harus berupa angka.").int("Siklus harus bilangan bulat.").min(1, "Siklus minimal 1 bulan.").max(60, "Siklus maksimal 60 bulan."),
    lastUpdatedAt: isoDate,
    publish: z.string().optional().transform((v) => v === "on" || v === "1" || v === "true"),
    exemptLetter: z.union([z.literal(""), z.enum(EXEMPT_LETTERS)], "Pilih huruf Pasal 17 (a–j).").transform((v) => v || null),
    exemptLegalBasis: optional(500),
    exemptConsequence: optional(3000),
    exemptUntil: optionalDate,
    exemptDecisionNumber: optional(200),
    exemptDecisionDate: optionalDate,
  })
  .superRefine((v, ctx) => {
    const need = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (v.category !== "DIKECUALIKAN" && !v.summary) need("summary", "Ringkasan wajib diisi.");
    if (v.category === "BERKALA" && v.updateCycleMonths > MAX_BERKALA_CYCLE_MONTHS) {
      need("updateCycleMonths", "Informasi berkala wajib diperbarui paling lambat setiap 6 bulan (Pasal 9 ayat 4).");
    }
    if (v.category !== "DIKECUALIKAN") return;
    if (!v.exemptLetter) need("exemptLetter", "Pilih huruf Pasal 17 dasar pengecualian.");
    if (!v.exemptLegalBasis) need("exemptLegalBasis", "Dasar hukum wajib diisi.");
    if (!v.exemptConsequence) need("exemptConsequence", "Konsekuensi jika dibuka wajib diisi (uji konsekuensi).");
    if (!v.exemptDecisionNumber) need("exemptDecisionNumber", "Nomor keputusan PPID wajib diisi.");
    if (!v.exemptDecisionDate) need("exemptDecisionDate", "Tanggal keputusan PPID wajib diisi.");
    if (v.exemptLetter && !NON_EXPIRING_LETTERS.includes(v.exemptLetter) && !v.exemptUntil) {
      need("exemptUntil", "Pengecualian berdasarkan Pasal 17 huruf a–f, i, j wajib memiliki batas waktu.");
    }
  });
export type DipItemInput = z.output<typeof dipItemSchema>;
export const DIP_ITEM_FIELDS = [
  "category", "title", "summary", "tags", "unit", "responsibleOfficial", "madeWhen", "madeWhere", "formats",
  "retentionPeriod", "linkUrl", "mandatoryKindId", "updateCycleMonths", "lastUpdatedAt", "publish",
  "exemptLetter", "exemptLegalBasis", "exemptConsequence", "exemptUntil", "exemptDecisionNumber", "exemptDecisionDate",
] as const;

const checked = z.string().optional().transform((v) => v === "on");
export const verificationSchema = z.object({
  contentCurrent: checked,
  figuresMatch: checked,
  accessWorks: checked,
  formatAccessible: checked,
  notes: z.string("Catatan verifikasi wajib diisi.").trim().min(1, "Catatan verifikasi wajib diisi.").max(3000, "Catatan maksimal 3000 karakter."),
});
export const VERIFICATION_FIELDS = ["contentCurrent", "figuresMatch", "accessWorks", "formatAccessible", "notes"] as const;

export const mandatoryKindSchema = z.object({
  code: z.string("Kode 2–40 huruf besar, angka, - atau _.").trim().regex(/^[A-Z0-9_-]{2,40}$/, "Kode 2–40 huruf besar, angka, - atau _."),
  category: z.enum(["BERKALA", "SETIAP_SAAT"], "Pilih Pasal 9 (berkala) atau Pasal 11 (setiap saat)."),
  legalBasis: text("Dasar hukum", 200),
  title: text("Nama jenis informasi", 250),
  description: optional(1000),
  sortOrder: z.coerce.number("Urutan harus berupa angka.").int("Urutan harus bilangan bulat.").min(0, "Urutan minimal 0.").max(999, "Urutan maksimal 999."),
  active: z.string().optional().transform((v) => v === "on"),
});
export const MANDATORY_FIELDS = ["code", "category", "legalBasis", "title", "description", "sortOrder", "active"] as const;
