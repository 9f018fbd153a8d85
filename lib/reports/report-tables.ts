// The tables of a period report as plain data (title, header, rows of text, counts and typed figures).
// One model, three renderers: the staff page, the A4 HTML/PDF and the spreadsheet export. Pure.
import { APPLICANT_TYPE_LABELS, CHANNEL_LABELS, OUTCOME_LABELS } from "@/lib/requests/labels";
import { CATEGORY_LABELS as COMPLAINT_CATEGORY_TEXT, COMPLAINT_STATUS_LABELS as COMPLAINT_STATUS_TEXT } from "@/lib/complaints/labels";
import { OBJECTION_STATUS_LABELS as OBJECTION_STATUS_TEXT } from "@/lib/objections/labels";
import { MUTU_LABELS } from "@/lib/survey/ikm";
import { UNSUR } from "@/lib/survey/unsur";
import { formatIkm, mutuText } from "@/lib/survey/ikm-format";
import { formatReportDate } from "./figures-format";
import { officerTables } from "./officer-tables";
import type { PeriodReport } from "./period-report";
import { figure, type ReportCell } from "./report-cell";

export type ReportTable = { id: string; title: string; header: string[]; rows: ReportCell[][] };

const days = (v: number | null) => figure(v, "figure");
const day = formatReportDate;

function countTable<K extends string>(id: string, title: string, labels: Record<K, string>, counts: Partial<Record<K, number>>): ReportTable {
  const keys = Object.keys(labels) as K[];
  return { id, title, header: ["Uraian", "Jumlah"], rows: [...keys.map((k) => [labels[k], counts[k] ?? 0]), ["Jumlah", keys.reduce((s, k) => s + (counts[k] ?? 0), 0)]] };
}

export function reportTables(r: PeriodReport): ReportTable[] {
  const q = r.requests;
  const { ikm, mutu } = r.ikm.ikm;
  return [
    {
      id: "ringkasan", title: "Ringkasan permohonan informasi", header: ["Uraian", "Nilai"],
      rows: [
        ["Permohonan diterima", q.received], ["Sudah diberi pemberitahuan tertulis", q.decided], ["Belum diputuskan", q.undecided],
        ["Tepat waktu", q.onTime], ["Persentase tepat waktu (dari yang sudah diputus atau lewat tenggat)", figure(q.onTimePercent, "percent")],
        ["Rata-rata hari kerja sampai pemberitahuan (tanpa masa klarifikasi)", days(q.meanWorkingDays)], ["Median hari kerja sampai pemberitahuan (tanpa masa klarifikasi)", days(q.medianWorkingDays)],
        ["Perpanjangan waktu (Pasal 22 ayat 8)", q.extensions], ["Lewat tenggat tanpa pemberitahuan", q.overdue.length],
      ],
    },
    countTable("saluran", "Permohonan menurut saluran", CHANNEL_LABELS, q.byChannel),
    countTable("pemohon", "Permohonan menurut jenis pemohon", APPLICANT_TYPE_LABELS, q.byApplicantType),
    countTable("putusan", "Putusan atas permohonan", OUTCOME_LABELS, q.byOutcome),
    { id: "lewat-tenggat", title: "Permohonan lewat tenggat", header: ["Nomor registrasi", "Pemohon", "Tenggat"], rows: q.overdue.map((o) => [o.registrationNumber, o.applicantName, day(o.dueDate)]) },
    {
      id: "penolakan", title: "Penolakan dan dasar pengecualian (Pasal 17 UU 14/2008)", header: ["Nomor registrasi", "Dasar", "Uji konsekuensi"],
      rows: q.refusals.map((x) => [x.registrationNumber, x.exemptionArticle ? `Pasal 17 huruf ${x.exemptionArticle}` : "Pasal 17", x.consequenceTestRef ?? "–"]),
    },
    {
      id: "keberatan", title: "Keberatan", header: ["Uraian", "Jumlah"],
      rows: [["Keberatan diterima", r.objections.received], ...Object.entries(OBJECTION_STATUS_TEXT).map(([k, label]) => [label, r.objections.byStatus[k] ?? 0]),
        ["Median hari kerja sampai tanggapan", days(r.objections.medianWorkingDaysToAnswer)]],
    },
    {
      id: "pengaduan", title: "Pengaduan", header: ["Uraian", "Jumlah"],
      rows: [["Pengaduan diterima", r.complaints.received],
        ...Object.entries(COMPLAINT_CATEGORY_TEXT).map(([k, label]) => [`Kategori: ${label}`, r.complaints.byCategory[k] ?? 0]),
        ...Object.entries(COMPLAINT_STATUS_TEXT).map(([k, label]) => [`Status: ${label}`, r.complaints.byStatus[k] ?? 0]),
        ["Diselesaikan pada periode", r.complaints.resolved], ["Median jam sampai selesai", figure(r.complaints.medianHoursToResolve, "figure")]],
    },
    {
      id: "skm", title: `Survei Kepuasan Masyarakat — IKM ${formatIkm(ikm)}${mutu ? ` (${mutu}, ${MUTU_LABELS[mutu]})` : ""}`,
      header: ["Unsur", "Responden", "NRR", "NRR tertimbang"],
      rows: [...r.ikm.ikm.unsur.map((u, i) => [`${u.code} ${UNSUR[i].name}`, u.answered, figure(u.nrr, "nrr"), figure(u.weighted, "weightedNrr")]),
        ["Responden", r.ikm.sample.respondents, "", ""], ["Sampel diperlukan", r.ikm.sample.needed, "", ""],
        ["IKM (jumlah NRR tertimbang × 25)", "", "", figure(ikm, "ikm")], ["Mutu pelayanan", "", "", mutuText(mutu)]],
    },
    ...officerTables(r.officers), // objective figures, rubric score and the assessors' notes
    ...(r.dip ? [{ id: "dip", title: "Kemutakhiran Daftar Informasi Publik (informasi wajib)", header: ["Keadaan", "Jumlah"], rows: [["Tersedia dan mutakhir", r.dip.ada], ["Perlu diperbarui", r.dip.usang], ["Belum tersedia", r.dip.kosong]] as ReportCell[][] }] : []),
    { id: "kendala", title: "Kendala", header: ["Tanggal", "Kategori", "Uraian", "Dampak", "Tindakan"], rows: r.kendala.map((k) => [day(k.occurredOn), k.category, k.description, k.impact ?? "–", k.actionTaken ?? "–"]) },
    { id: "rekomendasi", title: "Rekomendasi", header: ["Tanggal", "Bidang", "Rekomendasi"], rows: r.recommendations.map((k) => [day(k.occurredOn), k.category, k.description]) },
  ];
}
