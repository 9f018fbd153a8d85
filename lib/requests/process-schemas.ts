/**
 * One small zod schema per staff action on a request (shared by the forms and the services).
 * Rules that depend on "today" or on the stored request (not in the future, after the question was
 * asked…) are checked by the service, which knows both.
 */
import { z } from "zod";
import { COST_INVALID_MESSAGE, COST_REQUIRED_MESSAGE, parseRupiahInput } from "@/lib/requests/cost-input";
import { EXEMPTION_ARTICLES } from "@/lib/requests/labels";
import { calendarDateField } from "@/lib/validation/date-fields";

const requestId = z.string("Permohonan tidak dikenal.").trim().min(1, "Permohonan tidak dikenal.");

const text = (label: string, min: number, max = 5000) =>
  z
    .string(`${label} wajib diisi.`)
    .trim()
    .min(min, min <= 1 ? `${label} wajib diisi.` : `${label} minimal ${min} karakter.`)
    .max(max, `${label} maksimal ${max} karakter.`);

/** Optional free text: an empty field becomes null. */
const optionalText = (label: string, max = 2000) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.string("Isian harus berupa teks.").trim().max(max, `${label} maksimal ${max} karakter.`).optional(),
  ).transform((v) => v ?? null);


export const assignSchema = z.object({
  requestId,
  assigneeId: z.string("Pilih petugas.").trim().min(1, "Pilih petugas."),
});

export const pauseSchema = z.object({
  requestId,
  question: text("Pertanyaan klarifikasi", 10),
});

export const resumeSchema = z.object({
  requestId,
  answer: text("Jawaban pemohon", 3),
  resumeDate: calendarDateField("Tanggal jawaban diterima"),
});

export const extendSchema = z.object({
  requestId,
  reason: text("Alasan perpanjangan", 20),
});

export const OUTCOMES = [
  "DIKABULKAN_SELURUHNYA",
  "DIKABULKAN_SEBAGIAN",
  "DITOLAK_DIKECUALIKAN",
  "TIDAK_DIKUASAI",
  "BELUM_DIDOKUMENTASIKAN",
] as const;

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const decideSchema = z
  .object({
    requestId,
    outcome: z.enum(OUTCOMES, "Pilih salah satu keputusan."),
    noticeDate: calendarDateField("Tanggal pemberitahuan tertulis"),
    informationForm: z.preprocess(emptyToUndefined, z.enum(["SOFTCOPY", "HARDCOPY"], "Pilih bentuk informasi.").optional()),
    exemptionArticle: z.preprocess(emptyToUndefined, z.enum(EXEMPTION_ARTICLES, "Pilih huruf Pasal 17 (a–j).").optional()),
    consequenceTestRef: optionalText("Rujukan uji konsekuensi", 300),
    redactionNote: optionalText("Keterangan bagian yang dihitamkan"),
    holderName: optionalText("Badan publik yang menguasai", 300),
    decisionNote: optionalText("Catatan keputusan"),
  })
  .superRefine((d, ctx) => {
    const need = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    const granted = d.outcome === "DIKABULKAN_SELURUHNYA" || d.outcome === "DIKABULKAN_SEBAGIAN";
    if (granted && !d.informationForm) need("informationForm", "Pilih bentuk informasi yang diberikan (softcopy/hardcopy).");
    if (d.outcome === "DITOLAK_DIKECUALIKAN") {
      if (!d.exemptionArticle) need("exemptionArticle", "Penolakan wajib menyebut huruf Pasal 17 UU 14/2008 (a–j).");
      if (!d.consequenceTestRef) need("consequenceTestRef", "Penolakan wajib menyebut rujukan uji konsekuensi.");
    }
    if (d.outcome === "DIKABULKAN_SEBAGIAN" && (!d.redactionNote || d.redactionNote.length < 10)) {
      need("redactionNote", "Jelaskan bagian yang dihitamkan dan alasannya (minimal 10 karakter).");
    }
  })
  // Fields that do not belong to the chosen outcome are dropped, so stale form values never get stored.
  .transform((d) => ({
    ...d,
    informationForm: d.outcome === "TIDAK_DIKUASAI" || d.outcome === "BELUM_DIDOKUMENTASIKAN" ? null : (d.informationForm ?? null),
    exemptionArticle: d.outcome === "DITOLAK_DIKECUALIKAN" ? (d.exemptionArticle ?? null) : null,
    consequenceTestRef: d.outcome === "DITOLAK_DIKECUALIKAN" ? d.consequenceTestRef : null,
    redactionNote: d.outcome === "DIKABULKAN_SEBAGIAN" ? d.redactionNote : null,
    holderName: d.outcome === "TIDAK_DIKUASAI" ? d.holderName : null,
  }));

/** Rupiah as typed in Indonesia ("15000", "15.000", "Rp 15.000"); every refusal has a Bahasa message. */
const rupiah = z.union([z.string(), z.number()], COST_REQUIRED_MESSAGE).transform((v, ctx) => {
  const amount = parseRupiahInput(v);
  if (amount !== null) return amount;
  ctx.addIssue({ code: "custom", message: typeof v === "string" && v.trim() === "" ? COST_REQUIRED_MESSAGE : COST_INVALID_MESSAGE });
  return z.NEVER;
});

export const deliverSchema = z.object({
  requestId,
  deliveredDate: calendarDateField("Tanggal penyerahan"),
  deliveryMethod: z.enum(["AMBIL_LANGSUNG", "KURIR", "POS", "EMAIL"], "Pilih cara penyerahan."),
  deliveredInformation: text("Uraian informasi yang diserahkan", 5),
  costAmount: rupiah,
  paymentNote: optionalText("Keterangan pembayaran", 500),
});

export const closeSchema = z.object({
  requestId,
  note: optionalText("Catatan penutupan"),
});

export type AssignInput = z.input<typeof assignSchema>;
export type PauseInput = z.input<typeof pauseSchema>;
export type ResumeInput = z.input<typeof resumeSchema>;
export type ExtendInput = z.input<typeof extendSchema>;
export type DecideInput = z.input<typeof decideSchema>;
export type DeliverInput = z.input<typeof deliverSchema>;
export type CloseInput = z.input<typeof closeSchema>;
