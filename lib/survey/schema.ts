import { z } from "zod";
import { UNSUR_CODES } from "./unsur";

export const EDUCATION_OPTIONS = ["SD atau sederajat", "SMP atau sederajat", "SMA/SMK atau sederajat", "D1–D3", "D4/S1", "S2", "S3"] as const;
export const SEX_LABELS = { LAKI_LAKI: "Laki-laki", PEREMPUAN: "Perempuan" } as const;
export const UNSUR_FIELDS = UNSUR_CODES.map((c) => c.toLowerCase()) as readonly string[];

const score = z.coerce.number("Pilih salah satu jawaban.").int().min(1, "Pilih salah satu jawaban.").max(4, "Pilih salah satu jawaban.");
const text = (label: string, max: number) =>
  z.string(`${label} wajib diisi.`).trim().min(1, `${label} wajib diisi.`).max(max, `${label} maksimal ${max} karakter.`);

/** The SKM questionnaire, shared by the public form and the server action. */
export const surveySchema = z.object({
  sex: z.enum(["LAKI_LAKI", "PEREMPUAN"], "Pilih jenis kelamin."),
  // An empty box would coerce to 0 and read "minimal 10 tahun"; say that the age is missing instead.
  age: z.preprocess(
    (v) => (typeof v !== "string" ? v : v.trim() === "" ? undefined : Number(v)),
    z.number({ error: (issue) => (issue.input === undefined ? "Umur wajib diisi." : "Isi umur dengan angka.") })
      .int("Isi umur dengan angka.").min(10, "Umur minimal 10 tahun.").max(120, "Umur tidak valid."),
  ),
  education: z.enum(EDUCATION_OPTIONS, "Pilih pendidikan terakhir."),
  occupation: text("Pekerjaan", 100),
  serviceReceived: text("Layanan yang diterima", 200),
  suggestion: z.string().trim().max(2000, "Saran maksimal 2000 karakter.").optional().transform((v) => v || null),
  u1: score, u2: score, u3: score, u4: score, u5: score, u6: score, u7: score, u8: score, u9: score,
});

export type SurveyFormValues = z.input<typeof surveySchema>;
export type SurveyInput = z.output<typeof surveySchema>;

/** The questionnaire's fields, in the order the form shows them. */
export const SURVEY_FIELDS = ["sex", "age", "education", "occupation", "serviceReceived", ...UNSUR_FIELDS, "suggestion"] as readonly string[];

/** Form values from the strings echoed after a refusal (only the questionnaire's fields). */
export function surveyValuesFromEcho(echo: Record<string, string> | undefined, defaultService: string): Partial<SurveyFormValues> {
  const values: Record<string, string> = { serviceReceived: defaultService };
  for (const name of SURVEY_FIELDS) if (echo && name in echo) values[name] = echo[name];
  return values as Partial<SurveyFormValues>;
}

/** Answers of a stored response in the shape computeIkm reads. */
export function answersOf(row: Record<"u1" | "u2" | "u3" | "u4" | "u5" | "u6" | "u7" | "u8" | "u9", number>) {
  return { U1: row.u1, U2: row.u2, U3: row.u3, U4: row.u4, U5: row.u5, U6: row.u6, U7: row.u7, U8: row.u8, U9: row.u9 };
}
