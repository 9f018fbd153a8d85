/**
 * What the written notice says for each of the five outcomes, and what the hand-over records
 * (method, description, cost). Field rules mirror lib/requests/process-schemas (decideSchema,
 * deliverSchema): a refusal names a Pasal 17 letter and a consequence test, a partial grant says
 * what was blacked out, "not held" names the holder.
 */
import type { CopyDelivery, InformationForm, ObtainMethod, RequestOutcome } from "@/lib/generated/prisma/enums";
import type { Rng } from "./random";
import type { Topic } from "./topics";

/** Any topic, with whichever outcome-specific fields it carries. */
export type AnyTopic = Topic & { redaction?: string; article?: string; reason?: string; holder?: string };

const AGENCY = "Dinas Perindustrian dan Perdagangan Provinsi NTT";
// Ways of taking note of information without a copy, as the hand-over describes them.
const VIEWING: Partial<Record<ObtainMethod, string>> = {
  MELIHAT_MEMBACA: "Pemohon melihat dan membaca dokumen di ruang layanan informasi PPID",
  MENCATAT: "Pemohon mencatat isi dokumen di ruang layanan informasi PPID",
  MENDENGARKAN: "Pemohon mendengarkan penjelasan petugas atas isi dokumen",
};
const COPY_PRICE_PER_PAGE = 250;
const FREE_PAGES_BELOW = 20;
const POSTAGE = 20_000;

const PAYMENT: Record<CopyDelivery, string> = {
  AMBIL_LANGSUNG: "dibayar tunai saat pengambilan, kuitansi diberikan",
  KURIR: "dibayar tunai kepada petugas saat salinan diterima, kuitansi diberikan",
  POS: "dibayar melalui transfer bank sebelum pengiriman, bukti bayar diarsipkan",
  EMAIL: "dibayar melalui transfer bank",
};

/** "Daftar X (PDF)." → "Daftar X": the file format does not apply to paper or viewing. */
const withoutFormat = (text: string) => text.replace(/\s*\([^)]*\)\.?$/, "").replace(/\.$/, "");

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const rupiah = (amount: number) => `Rp ${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ".")}`;

export function informationFormFor(obtainMethod: ObtainMethod): InformationForm {
  return obtainMethod === "SALINAN_SOFTCOPY" ? "SOFTCOPY" : "HARDCOPY";
}

export function decisionColumns(outcome: RequestOutcome, topic: AnyTopic, obtainMethod: ObtainMethod, consequenceTestRef: string | null) {
  const none = { exemptionArticle: null, consequenceTestRef: null, redactionNote: null, holderName: null, informationForm: null };
  const form = informationFormFor(obtainMethod);
  const granted = VIEWING[obtainMethod]
    ? "Pemohon dipersilakan datang ke ruang layanan informasi PPID untuk memperoleh informasi sesuai cara yang dipilih."
    : `Informasi diberikan dalam bentuk salinan ${form === "SOFTCOPY" ? "elektronik (softcopy)" : "cetak (hardcopy)"}.`;
  switch (outcome) {
    case "DIKABULKAN_SELURUHNYA":
      return { ...none, informationForm: form, decisionNote: granted };
    case "DIKABULKAN_SEBAGIAN":
      return {
        ...none,
        informationForm: form,
        redactionNote: required(topic.redaction, "redaction"),
        decisionNote: `${granted} Bagian yang dikecualikan dihitamkan sebelum salinan diberikan.`,
      };
    case "DITOLAK_DIKECUALIKAN": {
      const article = required(topic.article, "article");
      return {
        ...none,
        exemptionArticle: article,
        consequenceTestRef: required(consequenceTestRef, "consequence test"),
        decisionNote: `Informasi dikecualikan berdasarkan Pasal 17 huruf ${article} UU 14/2008 sesuai ${consequenceTestRef}. ${topic.reason} Pemohon dapat mengajukan keberatan kepada Atasan PPID.`,
      };
    }
    case "TIDAK_DIKUASAI": {
      const holder = required(topic.holder, "holder");
      return {
        ...none,
        holderName: holder,
        decisionNote: `Informasi tidak dikuasai ${AGENCY}; informasi dikuasai oleh ${holder}. Permohonan telah diteruskan dan pemohon dipersilakan menghubungi badan publik tersebut.`,
      };
    }
    case "BELUM_DIDOKUMENTASIKAN":
      return { ...none, decisionNote: required(topic.reason, "reason") };
  }
}

function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`demo topic lacks its ${what}`);
  return value;
}

/** The hand-over of granted information: photocopies are charged only from 20 pages, postage at cost. */
export function deliveryColumns(rng: Rng, topic: AnyTopic, obtainMethod: ObtainMethod, copyDelivery: CopyDelivery, pages?: number) {
  const what = topic.delivered ?? "Salinan informasi sesuai permohonan.";
  const viewing = VIEWING[obtainMethod];
  if (viewing) {
    return {
      deliveryMethod: "AMBIL_LANGSUNG" as const,
      deliveredInformation: `${viewing}: ${withoutFormat(what)}.`,
      costAmount: 0,
      paymentNote: null,
    };
  }
  if (obtainMethod === "SALINAN_SOFTCOPY") {
    return { deliveryMethod: copyDelivery, deliveredInformation: what, costAmount: 0, paymentNote: null };
  }
  const sheets = pages ?? rng.pick([6, 10, 16, 24, 40]);
  const copying = sheets >= FREE_PAGES_BELOW ? sheets * COPY_PRICE_PER_PAGE : 0;
  const postage = copyDelivery === "POS" ? POSTAGE : 0;
  const parts = [
    copying > 0 ? `biaya penggandaan ${sheets} lembar × ${rupiah(COPY_PRICE_PER_PAGE)} = ${rupiah(copying)}` : `penggandaan ${sheets} lembar tanpa biaya`,
    postage > 0 ? `ongkos kirim pos ${rupiah(postage)}` : null,
  ].filter(Boolean);
  const cost = copying + postage;
  return {
    deliveryMethod: copyDelivery,
    deliveredInformation: `${withoutFormat(what)}, salinan cetak ${sheets} halaman.`,
    costAmount: cost,
    paymentNote: capitalize(`${parts.join("; ")}${cost > 0 ? `; ${PAYMENT[copyDelivery]}.` : "."}`),
  };
}
