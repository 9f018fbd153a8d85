import { z } from "zod";

/**
 * One item of an audit instrument as the editor posts it. Levels are typed one per line, from 0 up:
 * there must be exactly maxScore + 1 of them, so every score the auditor can give is described.
 */
export const instrumentItemSchema = z
  .object({
    question: z.string("Tulis butir pemeriksaan.").trim().min(10, "Tulis butir pemeriksaan (minimal 10 karakter).").max(1000, "Maksimal 1.000 karakter."),
    weight: z.string("Isi bobot.").trim().regex(/^\d+([.,]\d+)?$/, "Bobot berupa angka lebih dari 0, mis. 3 atau 2,5.").transform((v) => Number(v.replace(",", "."))).refine((n) => n > 0 && n <= 100, "Bobot lebih dari 0 dan paling besar 100."),
    maxScore: z.string("Isi nilai maksimum.").trim().regex(/^\d{1,2}$/, "Nilai maksimum berupa bilangan bulat 1–10.").transform(Number).refine((n) => n >= 1 && n <= 10, "Nilai maksimum berupa bilangan bulat 1–10."),
    levels: z.string("Tulis uraian tiap nilai.").transform((v) => v.split(/\r?\n/).map((line) => line.trim()).filter(Boolean)),
    prefillSource: z.string().trim().transform((v) => v || null),
  })
  .superRefine((v, ctx) => {
    // Pre-fill sources map their measured share onto the 0–4 scale (prefill/share-score.ts).
    if (v.prefillSource && v.maxScore !== 4) {
      ctx.addIssue({ code: "custom", path: ["maxScore"], message: "Butir yang diisi otomatis dari data memakai skala 0–4: isi nilai maksimum 4 atau pilih \"Tidak (dinilai auditor)\"." });
    }
    if (v.levels.length !== v.maxScore + 1) {
      ctx.addIssue({ code: "custom", path: ["levels"], message: `Tulis ${v.maxScore + 1} baris uraian: satu untuk setiap nilai 0 sampai ${v.maxScore} (sekarang ${v.levels.length}).` });
    }
  });

export const instrumentNameSchema = z.object({
  name: z.string("Beri nama instrumen.").trim().min(5, "Beri nama instrumen (minimal 5 karakter).").max(200, "Maksimal 200 karakter."),
});
