/**
 * The columns of the register permohonan (domain README §3), derived from one stored request.
 * Pure: the same cells feed the on-screen table and the CSV export; only the date format differs.
 */
import type { CalendarDate } from "@/lib/deadlines";
import type { InformationForm, ObtainMethod, RequestOutcome } from "@/lib/generated/prisma/enums";
import { INFORMATION_FORM_LABELS, OBTAIN_METHOD_LABELS, OUTCOME_LABELS } from "@/lib/requests/labels";

/** One register line; dates are already office-zone calendar dates. */
export type RegisterRow = {
  id: string;
  registrationNumber: string;
  receivedDate: CalendarDate;
  applicantName: string;
  address: string;
  phone: string | null;
  email: string | null;
  occupation: string;
  informationRequested: string;
  purpose: string;
  obtainMethod: ObtainMethod;
  outcome: RequestOutcome | null;
  holderName: string | null;
  informationForm: InformationForm | null;
  exemptionArticle: string | null;
  consequenceTestRef: string | null;
  redactionNote: string | null;
  noticeDate: CalendarDate | null;
  deliveredDate: CalendarDate | null;
  costAmount: number | null;
  paymentNote: string | null;
};

export type DateFormatter = (date: CalendarDate) => string;

/** Held by this body? yes / no (and by whom) / not documented; empty until decided. */
export function heldText(row: Pick<RegisterRow, "outcome" | "holderName">): string {
  switch (row.outcome) {
    case null:
      return "";
    case "TIDAK_DIKUASAI":
      return row.holderName ? `Tidak, dikuasai oleh ${row.holderName}` : "Tidak, pemegang informasi tidak diketahui";
    case "BELUM_DIDOKUMENTASIKAN":
      return "Belum dikuasai / belum didokumentasikan";
    default:
      return "Ya";
  }
}

/** See (melihat, mendengar, mencatat) or copy (salinan), from how the requester wants it. */
export function kindText(method: ObtainMethod): string {
  if (method === "SALINAN_SOFTCOPY") return "Salinan (softcopy)";
  if (method === "SALINAN_HARDCOPY") return "Salinan (hardcopy)";
  return OBTAIN_METHOD_LABELS[method];
}

/** Legal ground of a refusal, or what was blacked out in a partial grant. */
export function refusalText(row: Pick<RegisterRow, "outcome" | "exemptionArticle" | "consequenceTestRef" | "redactionNote">): string {
  if (row.outcome === "DITOLAK_DIKECUALIKAN") {
    const letter = row.exemptionArticle ? `Pasal 17 huruf ${row.exemptionArticle} UU 14/2008` : "Pasal 17 UU 14/2008";
    return row.consequenceTestRef ? `${letter}; uji konsekuensi: ${row.consequenceTestRef}` : letter;
  }
  if (row.outcome === "DIKABULKAN_SEBAGIAN" && row.redactionNote) return `Sebagian dihitamkan: ${row.redactionNote}`;
  return "";
}

type Column = { header: string; cell: (row: RegisterRow, formatDate: DateFormatter) => string | number | null };

const optionalDate = (date: CalendarDate | null, formatDate: DateFormatter) => (date ? formatDate(date) : "");

export const REGISTER_COLUMNS: readonly Column[] = [
  { header: "Nomor registrasi", cell: (r) => r.registrationNumber },
  { header: "Tanggal diterima", cell: (r, f) => f(r.receivedDate) },
  { header: "Nama pemohon", cell: (r) => r.applicantName },
  { header: "Alamat", cell: (r) => r.address },
  { header: "Kontak", cell: (r) => [r.phone, r.email].filter(Boolean).join(" / ") },
  { header: "Pekerjaan", cell: (r) => r.occupation },
  { header: "Informasi yang diminta", cell: (r) => r.informationRequested },
  { header: "Tujuan penggunaan", cell: (r) => r.purpose },
  { header: "Informasi dikuasai", cell: (r) => heldText(r) },
  { header: "Bentuk informasi dikuasai", cell: (r) => (r.informationForm ? INFORMATION_FORM_LABELS[r.informationForm] : "") },
  { header: "Jenis permohonan (melihat/salinan)", cell: (r) => kindText(r.obtainMethod) },
  { header: "Keputusan", cell: (r) => (r.outcome ? OUTCOME_LABELS[r.outcome] : "Belum diputuskan") },
  { header: "Alasan penolakan", cell: (r) => refusalText(r) },
  { header: "Tanggal pemberitahuan tertulis", cell: (r, f) => optionalDate(r.noticeDate, f) },
  { header: "Tanggal informasi diserahkan", cell: (r, f) => optionalDate(r.deliveredDate, f) },
  { header: "Biaya (Rp)", cell: (r) => r.costAmount },
  { header: "Keterangan pembayaran", cell: (r) => r.paymentNote ?? "" },
];

export const REGISTER_HEADERS = REGISTER_COLUMNS.map((c) => c.header);

/** The cells of one row, in REGISTER_COLUMNS order. */
export function registerCells(row: RegisterRow, formatDate: DateFormatter): (string | number | null)[] {
  return REGISTER_COLUMNS.map((column) => column.cell(row, formatDate));
}
