/**
 * What each letter says, from the request (and objection) as recorded. Pure: dates arrive formatted.
 * The written notice carries UU KIP Pasal 22 ayat (7) huruf a–g.
 */
import type { CopyDelivery, InformationForm, LetterKind, ObjectionDecision, RequestOutcome } from "@/lib/generated/prisma/enums";
import { COPY_DELIVERY_LABELS, INFORMATION_FORM_LABELS, OUTCOME_LABELS } from "@/lib/requests/labels";
import { DECISION_LABELS } from "@/lib/objections/labels";
import { formatRupiah } from "@/lib/format/rupiah";
import type { LetterBlock } from "./letter-html";

export type LetterRequest = {
  registrationNumber: string; applicantName: string; address: string; informationRequested: string; receivedDate: string;
  outcome: RequestOutcome | null; exemptionArticle: string | null; consequenceTestRef: string | null; redactionNote: string | null;
  holderName: string | null; informationForm: InformationForm | null; copyDelivery: CopyDelivery; costAmount: number | null;
  paymentNote: string | null; decisionNote: string | null; noticeDueDate: string | null; extendedDueDate: string | null;
  extensionReason: string | null; clarificationQuestion: string | null;
};
export type LetterObjection = { registrationNumber: string; receivedDate: string; decision: ObjectionDecision | null; decisionReasons: string | null; orderedAction: string | null };

export const LETTER_TITLES: Record<LetterKind, string> = {
  PEMBERITAHUAN_TERTULIS: "PEMBERITAHUAN TERTULIS",
  PERPANJANGAN: "PEMBERITAHUAN PERPANJANGAN JANGKA WAKTU",
  KLARIFIKASI: "PERMINTAAN KLARIFIKASI PERMOHONAN INFORMASI",
  TANGGAPAN_KEBERATAN: "TANGGAPAN ATAS KEBERATAN",
};

const requestRows = (r: LetterRequest): LetterBlock => ({
  kind: "rows",
  rows: [["Nomor registrasi permohonan", r.registrationNumber], ["Nama pemohon", r.applicantName], ["Tanggal diterima", r.receivedDate], ["Informasi yang diminta", r.informationRequested]],
});

/** Which letters can be issued now, and why not otherwise (Bahasa, for the officer). */
export function letterRefusal(kind: LetterKind, r: LetterRequest, o: LetterObjection | null): string | null {
  if (kind === "PEMBERITAHUAN_TERTULIS" && !r.outcome) return "Pemberitahuan tertulis dibuat setelah keputusan permohonan dicatat.";
  if (kind === "PERPANJANGAN" && !r.extendedDueDate) return "Permohonan ini tidak diperpanjang.";
  if (kind === "KLARIFIKASI" && !r.clarificationQuestion) return "Belum ada permintaan klarifikasi yang dicatat.";
  if (kind === "TANGGAPAN_KEBERATAN" && !o?.decision) return "Keberatan ini belum ditanggapi Atasan PPID.";
  return null;
}

export function letterBlocks(kind: LetterKind, r: LetterRequest, o: LetterObjection | null): LetterBlock[] {
  if (kind === "PERPANJANGAN") {
    return [
      { kind: "p", text: "Dengan ini kami beritahukan bahwa jangka waktu pemberitahuan tertulis atas permohonan informasi berikut diperpanjang paling lama 7 (tujuh) hari kerja sesuai Pasal 22 ayat (8) UU Nomor 14 Tahun 2008." },
      requestRows(r),
      { kind: "rows", rows: [["Alasan perpanjangan", r.extensionReason ?? "-"], ["Batas waktu semula", r.noticeDueDate ?? "-"], ["Batas waktu setelah perpanjangan", r.extendedDueDate ?? "-"]] },
    ];
  }
  if (kind === "KLARIFIKASI") {
    return [
      { kind: "p", text: "Untuk dapat memproses permohonan informasi Anda, kami memerlukan penjelasan atas hal berikut. Selama menunggu jawaban, penghitungan jangka waktu dihentikan sementara." },
      requestRows(r),
      { kind: "rows", rows: [["Hal yang perlu diperjelas", r.clarificationQuestion ?? "-"]] },
    ];
  }
  if (kind === "TANGGAPAN_KEBERATAN" && o) {
    return [
      { kind: "p", text: `Menanggapi keberatan Nomor ${o.registrationNumber} yang diterima pada ${o.receivedDate} atas permohonan informasi berikut:` },
      requestRows(r),
      { kind: "rows", rows: [["Tanggapan Atasan PPID", o.decision ? DECISION_LABELS[o.decision] : "-"], ["Alasan", o.decisionReasons ?? "-"], ...(o.orderedAction ? [["Informasi yang wajib diberikan PPID", o.orderedAction] as [string, string]] : [])] },
      { kind: "p", text: "Apabila Saudara tidak puas dengan tanggapan ini, Saudara dapat mengajukan sengketa informasi kepada Komisi Informasi Provinsi Nusa Tenggara Timur paling lambat 14 (empat belas) hari kerja sejak tanggapan ini diterima (Pasal 37 UU Nomor 14 Tahun 2008)." },
    ];
  }
  // Pemberitahuan tertulis, Pasal 22 ayat (7) huruf a–g.
  const held = r.outcome === "TIDAK_DIKUASAI" ? "Tidak dikuasai oleh badan publik ini" : r.outcome === "BELUM_DIDOKUMENTASIKAN" ? "Belum dikuasai / belum didokumentasikan" : "Dikuasai oleh badan publik ini";
  const granted = r.outcome === "DIKABULKAN_SELURUHNYA" || r.outcome === "DIKABULKAN_SEBAGIAN";
  return [
    { kind: "p", text: "Berdasarkan permohonan informasi publik berikut, dengan ini kami sampaikan pemberitahuan tertulis sesuai Pasal 22 ayat (7) UU Nomor 14 Tahun 2008:" },
    requestRows(r),
    {
      kind: "list",
      items: [
        `Penguasaan informasi: ${held}.`,
        `Badan publik yang menguasai informasi (bila tidak dikuasai): ${r.holderName ?? "-"}.`,
        `Keputusan: ${r.outcome ? OUTCOME_LABELS[r.outcome] : "-"}${r.outcome === "DIKABULKAN_SEBAGIAN" && r.redactionNote ? `; bagian yang dihitamkan dan alasannya: ${r.redactionNote}` : ""}.`,
        r.outcome === "DITOLAK_DIKECUALIKAN"
          ? `Alasan penolakan: informasi dikecualikan berdasarkan Pasal 17 huruf ${r.exemptionArticle ?? "-"} UU Nomor 14 Tahun 2008, dengan uji konsekuensi ${r.consequenceTestRef ?? "-"}.`
          : "Alasan penolakan: tidak ada penolakan.",
        `Bentuk informasi yang tersedia: ${granted && r.informationForm ? INFORMATION_FORM_LABELS[r.informationForm] : "-"}.`,
        `Biaya yang dibutuhkan: ${r.costAmount ? `${formatRupiah(r.costAmount)}${r.paymentNote ? ` (${r.paymentNote})` : ""}` : "Tidak dipungut biaya"}.`,
        `Waktu dan cara penyampaian informasi: ${granted ? `${COPY_DELIVERY_LABELS[r.copyDelivery]}, paling lambat pada batas waktu ${r.extendedDueDate ?? r.noticeDueDate ?? "-"}` : "-"}.`,
      ],
    },
    ...(r.decisionNote ? [{ kind: "p" as const, text: `Keterangan: ${r.decisionNote}` }] : []),
    { kind: "p", text: "Apabila Saudara keberatan atas pemberitahuan ini, Saudara dapat mengajukan keberatan kepada Atasan PPID paling lambat 30 (tiga puluh) hari kerja sejak pemberitahuan ini diterima (Pasal 35–36 UU Nomor 14 Tahun 2008)." },
  ];
}
