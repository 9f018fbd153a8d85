// The officer part of a period report (pure): objective figures with the assessor's rubric score,
// the assessors' overall notes and the scores per criterion. Rendered like every other ReportTable
// (staff page, A4 HTML/PDF, XLSX). Only FINAL assessments count; a draft reads "belum final".
import { formatDate } from "@/lib/format/dates";
import { rubricText } from "@/lib/evaluation/rubric-score";
import { formatFigure as num } from "./figures-format";
import type { OfficerRubric } from "./officer-rubrics";
import type { OfficerReportRow } from "./officer-rows";
import type { ReportTable } from "./report-tables";

export const NOT_ASSESSED = "belum dinilai";

export function rubricCell(rubric: OfficerRubric | null): string {
  if (!rubric) return NOT_ASSESSED;
  if (rubric.status === "DRAFT") return "belum final (draf)";
  return `${rubricText(rubric.total, rubric.category)}${rubric.correctionPending ? "; koreksi sedang disusun" : ""}`;
}

type Final = Extract<OfficerRubric, { status: "FINAL" }>;
const finals = (officers: readonly OfficerReportRow[]) =>
  officers.flatMap((o) => (o.rubric?.status === "FINAL" ? [{ name: o.name, rubric: o.rubric as Final }] : []));

export function officerTables(officers: readonly OfficerReportRow[]): ReportTable[] {
  const assessed = finals(officers);
  return [
    {
      id: "petugas", title: "Kinerja petugas",
      header: ["Petugas", "Permohonan ditangani", "Tepat waktu", "Median hari kerja", "Lewat tenggat", "IKM (responden)", "Pengaduan", "Nilai kinerja (rubrik)"],
      rows: officers.map((o) => [o.name, o.handled, o.onTimePercent === null ? "–" : `${num(o.onTimePercent)}%`, num(o.medianWorkingDays), o.overdue, o.ikm === null ? `– (${o.respondents})` : `${num(o.ikm, 2)} (${o.respondents})`, o.complaints, rubricCell(o.rubric)]),
    },
    {
      id: "penilaian-petugas", title: "Penilaian kinerja petugas oleh penilai",
      header: ["Petugas", "Nilai", "Penilai", "Kekuatan", "Hal yang perlu ditingkatkan"],
      rows: assessed.map(({ name, rubric: r }) => [
        name, `${rubricText(r.total, r.category)}${r.revision > 1 ? `, revisi ke-${r.revision}` : ""}`, `${r.assessorName} (final ${formatDate(r.finalizedAt)})`, r.strengths ?? "–", r.improvements ?? "–",
      ]),
    },
    {
      id: "rincian-penilaian", title: "Rincian nilai kinerja per kriteria (skala 1–4)",
      header: ["Petugas", "Kriteria", "Bobot", "Nilai", "Catatan penilai"],
      rows: assessed.flatMap(({ name, rubric: r }) => r.scores.map((s) => [name, s.name, s.weight, s.score ?? "–", s.note ?? "–"])),
    },
  ];
}
