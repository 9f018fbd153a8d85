import { cellText } from "@/lib/reports/report-cell";
import { officerTables, rubricCells } from "@/lib/reports/officer-tables";
import type { OfficerRubric } from "@/lib/reports/officer-rubrics";
import type { OfficerReportRow } from "@/lib/reports/officer-rows";

const final: OfficerRubric = {
  status: "FINAL", assessmentId: "a1", revision: 2, total: 73.75, category: "CUKUP", assessorName: "Penilai", finalizedAt: new Date("2026-12-03T02:00:00Z"),
  strengths: null, improvements: "Tepat waktu.", correctionPending: false, scores: [{ code: "REGULASI", name: "Regulasi", weight: 20, score: 3, note: null }],
};
const row = (over: Partial<OfficerReportRow>): OfficerReportRow => ({
  officerId: "o1", name: "Maria", handled: 3, onTimePercent: 66.7, medianWorkingDays: 5.5, overdue: 1, ikm: 50, respondents: 2, complaints: 0, role: "PETUGAS", rubric: null, ...over,
});

describe("officer tables keep scores as figures and their words in columns of their own", () => {
  it("score and category are two cells ('73,75' and 'Cukup'), not '73,75 (Cukup)'", () => {
    expect(rubricCells(final).map(cellText)).toEqual(["73,75", "Cukup"]);
    expect(rubricCells({ ...final, correctionPending: true }).map(cellText)).toEqual(["73,75", "Cukup; koreksi sedang disusun"]);
    expect(rubricCells(null)).toEqual(["belum dinilai", "–"]);
    expect(rubricCells({ status: "DRAFT", assessmentId: "a2", revision: 1 })).toEqual(["belum final (draf)", "–"]);
  });

  it("the figures of an officer: percent, days, IKM with two decimals, respondents apart", () => {
    const [figures, notes, details] = officerTables([row({ rubric: final }), row({ officerId: "o2", name: "Yosef", onTimePercent: null, medianWorkingDays: null, ikm: null, respondents: 0 })]);
    expect(figures.header).toEqual(["Petugas", "Permohonan ditangani", "Tepat waktu", "Median hari kerja", "Lewat tenggat", "IKM", "Responden SKM", "Pengaduan", "Nilai kinerja (rubrik)", "Kategori kinerja"]);
    expect(figures.rows.map((r) => r.map(cellText))).toEqual([
      ["Maria", "3", "66,7%", "5,5", "1", "50,00", "2", "0", "73,75", "Cukup"],
      ["Yosef", "3", "–", "–", "1", "–", "0", "0", "belum dinilai", "–"],
    ]);
    expect(notes.rows.map((r) => r.map(cellText))).toEqual([["Maria", "73,75", "Cukup", "Penilai (final 3 Desember 2026, revisi ke-2)", "–", "Tepat waktu."]]);
    expect(details.rows).toEqual([["Maria", "Regulasi", 20, 3, "–"]]);
  });
});
