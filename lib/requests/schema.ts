/**
 * The request form (domain README §3), validated twice with this one schema: in the browser
 * (react-hook-form + zodResolver) and again on the server. The staff "register an offline request"
 * page adds its own fields with `requestFormSchema.extend({...})` (the cross-field rules are kept).
 */
import { z } from "zod";
import { isChosenFile, isFileLike, kindsLabel, DOCUMENT_KINDS, FILE_KINDS, MAX_UPLOAD_BYTES, MAX_UPLOAD_LABEL, type FileLike } from "@/lib/files/limits";
import type { ApplicantType, CopyDelivery, ObtainMethod } from "@/lib/generated/prisma/enums";
import { checkNik } from "@/lib/requests/nik";

// Control characters (except tab and line breaks) never belong in a form and PostgreSQL refuses NUL.
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const text = (label: string, min: number, max: number) =>
  z
    .string(`${label} wajib diisi.`)
    .trim()
    .min(1, `${label} wajib diisi.`)
    // Not .min(min): an empty field gets only "wajib diisi". (Zod's `abort` would skip the cross-field rules.)
    .refine((v) => v.length === 0 || v.length >= min, `${label} minimal ${min} karakter.`)
    .max(max, `${label} maksimal ${max} karakter.`)
    .refine((v) => !CONTROL_CHARS.test(v), `${label} mengandung karakter yang tidak diizinkan.`);

// Optional text: "" means not filled in (the service stores null).
const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} maksimal ${max} karakter.`)
    .refine((v) => !CONTROL_CHARS.test(v), `${label} mengandung karakter yang tidak diizinkan.`)
    .default("");

/** Digits of an Indonesian phone number: 0…, 62… or +62…, 9–15 digits, spaces/dashes/brackets allowed. */
export function normalizePhone(raw: string): string {
  return raw.replace(/[\s().-]/g, "");
}
const PHONE_PATTERN = /^(\+62|62|0)\d{7,13}$/;

const str = (value: unknown) => (typeof value === "string" ? value.trim() : "");

// The Prisma enums' values, listed here so the browser bundle needs no Prisma code (`satisfies` keeps them in step).
export const APPLICANT_TYPES = ["PERORANGAN", "BADAN_HUKUM", "KELOMPOK"] as const satisfies readonly ApplicantType[];
export const OBTAIN_METHODS = [
  "MELIHAT_MEMBACA", "MENDENGARKAN", "MENCATAT", "SALINAN_SOFTCOPY", "SALINAN_HARDCOPY",
] as const satisfies readonly ObtainMethod[];
export const COPY_DELIVERIES = ["AMBIL_LANGSUNG", "KURIR", "POS", "EMAIL"] as const satisfies readonly CopyDelivery[];

const fileField = z
  .custom<FileLike | undefined>((v) => v === undefined || v === null || isFileLike(v), "Berkas tidak terbaca.")
  .transform((v) => (isChosenFile(v) ? v : undefined))
  .refine((f) => !f || f.size <= MAX_UPLOAD_BYTES, `Ukuran berkas melebihi batas ${MAX_UPLOAD_LABEL}.`)
  // The browser's claimed type is only an early hint; the server checks the content (lib/files).
  .refine(
    (f) => !f || !f.type || DOCUMENT_KINDS.some((k) => FILE_KINDS[k].mimeType === f.type),
    `Jenis berkas tidak didukung. Unggah berkas ${kindsLabel(DOCUMENT_KINDS)}.`,
  );

export const requestFormSchema = z
  .object({
    applicantType: z.enum(APPLICANT_TYPES, "Pilih jenis pemohon."),
    applicantName: text("Nama", 3, 150),
    nik: optionalText("NIK", 40),
    legalEntityDecree: optionalText("Nomor SK Kemenkumham", 120),
    address: text("Alamat", 10, 500),
    phone: optionalText("Nomor telepon", 30),
    email: optionalText("Alamat surel", 254),
    occupation: text("Pekerjaan", 2, 100),
    informationRequested: text("Rincian informasi yang dibutuhkan", 10, 4000),
    purpose: text("Tujuan penggunaan informasi", 10, 2000),
    obtainMethod: z.enum(OBTAIN_METHODS, "Pilih cara memperoleh informasi."),
    copyDelivery: z.enum(COPY_DELIVERIES, "Pilih cara mendapatkan salinan informasi."),
    viaProxy: z.boolean().default(false),
    proxyName: optionalText("Nama kuasa", 150),
    powerOfAttorney: fileField.optional(),
    consent: z.boolean().refine((v) => v, "Persetujuan pemrosesan data pribadi diperlukan untuk mengajukan permohonan."),
  })
  // Cross-field rules. `when` makes them run even while other fields are still invalid, so the person
  // sees every problem at once; the values may then be partial, hence the defensive `str()`.
  .superRefine(
    (v, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
      const decree = str(v.legalEntityDecree);
      const phone = str(v.phone);
      const email = str(v.email);

      if (v.applicantType === "BADAN_HUKUM") {
        if (!decree) issue("legalEntityDecree", "Nomor SK pengesahan badan hukum dari Kemenkumham wajib diisi.");
        else if (decree.length < 5 || !/\d/.test(decree)) {
          issue("legalEntityDecree", "Nomor SK Kemenkumham tidak valid (contoh: AHU-0012345.AH.01.01.Tahun 2020).");
        }
      } else {
        const nik = checkNik(str(v.nik));
        if (!nik.valid) issue("nik", nik.message);
      }

      if (!phone && !email) {
        const message = "Isi nomor telepon atau alamat surel (minimal salah satu) agar kami dapat menghubungi Anda.";
        issue("phone", message);
        issue("email", message);
      }
      if (phone && !PHONE_PATTERN.test(normalizePhone(phone))) {
        issue("phone", "Nomor telepon tidak valid (contoh: 0812 3456 7890 atau +62 380 833185).");
      }
      if (email && !z.email().safeParse(email).success) issue("email", "Alamat surel tidak valid.");

      if (v.viaProxy === true) {
        if (!str(v.proxyName)) issue("proxyName", "Nama kuasa wajib diisi bila permohonan diajukan melalui kuasa.");
        if (!isChosenFile(v.powerOfAttorney)) issue("powerOfAttorney", "Unggah surat kuasa bila permohonan diajukan melalui kuasa.");
      }
    },
    { when: () => true },
  );

/** Values the form holds (strings and booleans) before parsing. */
export type RequestFormValues = z.input<typeof requestFormSchema>;
/** Parsed, trimmed values: what createInformationRequest accepts. */
export type RequestFormInput = z.output<typeof requestFormSchema>;
export type RequestFormField = keyof RequestFormValues;
