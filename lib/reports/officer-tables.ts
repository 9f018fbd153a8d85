// The officer part of a period report (pure): objective figures with the assessor's rubric score,
// the assessors' overall notes and the scores per criterion. Rendered like every other ReportTable
// (staff page, A4 HTML/PDF, XLSX). Only FINAL assessments count; a draft reads "belum final".
// A score and its category are two cells, so the spreadsheet keeps the score a number.
import { formatDate } from "@/lib/format/dates";
import { RUBRIC_CATEGORY_LABELS } from "@/lib/evaluation/rubric-score";
import type { OfficerRubric } from "./officer-rubrics";
import type { OfficerReportRow } from "./officer-rows";
import { figure, type ReportCell } from "./report-cell";
import type { ReportTable } from "./report-tables";

export const NOT_ASSESSED = "belum dinilai";

/** The rubric as [score, category]: the words "belum dinilai" or "belum final (draf)" until a final score exists. */
export function rubricCells(rubric: OfficerRubric | null): [ReportCell, string] {
  if (!rubric) return [NOT_ASSESSED, "–"];
  if (rubric.status === "DRAFT") return ["belum final (draf)", "–"];
  return [figure(rubric.total, "score"), `${RUBRIC_CATEGORY_LABELS[rubric.category]}${rubric.correctionPending ? "; koreksi sedang disusun" : ""}`];
}

type Final = Extract<OfficerRubric, { status: "FINAL" }>;
const finals = (officers: readonly OfficerReportRow[]) =>
  officers.flatMap((o) => (o.rubric?.status === "FINAL" ? [{ name: o.name, rubric: o.rubric as Final }] : []));

export function officerTables(officers: readonly OfficerReportRow[]): ReportTable[] {
  const assessed = finals(officers);
  return [
    {
      id: "petugas", title: "Kinerja petugas",
      header: ["Petugas", "Permohonan ditangani", "Tepat waktu", "Median hari kerja", "Lewat tenggat", "IKM", "Responden SKM", "Pengaduan", "Nilai kinerja (rubrik)", "Kategori kinerja"],
      rows: officers.map((o) => [
        o.name, o.handled, figure(o.onTimePercent, "percent"), figure(o.medianWorkingDays, "figure"), o.overdue, figure(o.ikm, "ikm"), o.respondents, o.complaints, ...rubricCells(o.rubric),
      ]),
    },
    {
      id: "penilaian-petugas", title: "Penilaian kinerja petugas oleh penilai",
      header: ["Petugas", "Nilai", "Kategori", "Penilai", "Kekuatan", "Hal yang perlu ditingkatkan"],
      rows: assessed.map(({ name, rubric: r }) => [
        name, figure(r.total, "score"), RUBRIC_CATEGORY_LABELS[r.category], `${r.assessorName} (final ${formatDate(r.finalizedAt)}${r.revision > 1 ? `, revisi ke-${r.revision}` : ""})`, r.strengths ?? "–", r.improvements ?? "–",
      ]),
    },
    {
      id: "rincian-penilaian", title: "Rincian nilai kinerja per kriteria (skala 1–4)",
      header: ["Petugas", "Kriteria", "Bobot", "Nilai", "Catatan penilai"],
      rows: assessed.flatMap(({ name, rubric: r }) => r.scores.map((s) => [name, s.name, s.weight, s.score ?? "–", s.note ?? "–"])),
    },
  ];
}
