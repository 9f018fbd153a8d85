import { z } from "zod";
import { parseReportPeriod } from "@/lib/reports/period";
import { RUBRIC_LEVELS } from "./rubric-score";

const text = (label: string, max: number) =>
  z.string(`${label} wajib diisi.`).trim().min(1, `${label} wajib diisi.`).max(max, `${label} maksimal ${max} karakter.`);
const optional = (label: string, max: number) =>
  z.string().trim().max(max, `${label} maksimal ${max} karakter.`).optional().transform((v) => v || null);

/** One assessment criterion as the criteria editor submits it (level1…level4 are the level descriptions). */
export const criterionSchema = z
  .object({
    code: z.string("Kode 2–30 huruf besar, angka atau -.").trim().regex(/^[A-Z0-9-]{2,30}$/, "Kode 2–30 huruf besar, angka atau -."),
    name: text("Nama kriteria", 150),
    description: text("Uraian kriteria", 1000),
    weight: z.coerce.number("Bobot harus berupa angka.").int("Bobot harus bilangan bulat.").min(1, "Bobot minimal 1.").max(100, "Bobot maksimal 100."),
    level1: text("Uraian nilai 1", 400),
    level2: text("Uraian nilai 2", 400),
    level3: text("Uraian nilai 3", 400),
    level4: text("Uraian nilai 4", 400),
    sortOrder: z.coerce.number("Urutan harus berupa angka.").int("Urutan harus bilangan bulat.").min(0, "Urutan minimal 0.").max(999, "Urutan maksimal 999."),
    active: z.string().optional().transform((v) => v === "on"),
  })
  .transform(({ level1, level2, level3, level4, ...rest }) => ({ ...rest, levels: [level1, level2, level3, level4] }));

export const CRITERION_FIELDS = ["code", "name", "description", "weight", "level1", "level2", "level3", "level4", "sortOrder", "active"] as const;

export const periodKey = z
  .string("Periode tidak valid.")
  .trim()
  .refine((v) => parseReportPeriod(v) !== null, "Periode tidak valid (contoh: 2026-11, 2026-S2, 2026).")
  .transform((v) => parseReportPeriod(v)!.key);

/** The fixed part of the scoring form; per-criterion fields are score-<criterionId> and note-<criterionId>. */
export const assessmentSchema = z.object({
  officerId: z.string("Petugas tidak dikenal.").trim().min(1, "Petugas tidak dikenal."),
  period: periodKey,
  intent: z.enum(["draf", "final"], "Pilih simpan draf atau finalkan."),
  strengths: optional("Kekuatan", 3000),
  improvements: optional("Hal yang perlu ditingkatkan", 3000),
});

export const ASSESSMENT_FIELDS = ["officerId", "period", "intent", "strengths", "improvements"] as const;

export const scoreFieldOf = (criterionId: string) => `score-${criterionId}`;
export const noteFieldOf = (criterionId: string) => `note-${criterionId}`;

const LEVEL_TEXT = RUBRIC_LEVELS.map(String);

/** A criterion's submitted score: "" → not scored yet; otherwise one of the levels. */
export const scoreValue = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || null)
  .refine((v) => v === null || LEVEL_TEXT.includes(v), `Pilih nilai 1 sampai ${RUBRIC_LEVELS.length}.`)
  .transform((v) => (v === null ? null : Number(v)));

export const noteValue = optional("Catatan", 1000);

export const reviseSchema = z.object({
  assessmentId: z.string("Penilaian tidak dikenal.").trim().min(1, "Penilaian tidak dikenal."),
  reason: text("Alasan koreksi", 1000),
});
