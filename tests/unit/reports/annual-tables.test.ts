import type { AnnualSections } from "@/lib/reports/annual-sections";
import { unfilledTableIds, unfilledText, withAnnualSections } from "@/lib/reports/annual-tables";
import { cellSheetValue, cellText } from "@/lib/reports/report-cell";
import type { ReportTable } from "@/lib/reports/report-tables";

const PERIOD_TABLES = ["ringkasan", "saluran", "pemohon", "putusan", "lewat-tenggat", "penolakan", "keberatan", "pengaduan", "skm", "petugas", "dip", "kendala", "rekomendasi"];
const periodTables: ReportTable[] = PERIOD_TABLES.map((id) => ({ id, title: id, header: ["Uraian"], rows: [] }));

const empty: AnnualSections = {
  year: 2024, profile: null, guides: [], staff: { byRole: { PPID: 1, PETUGAS: 2 }, trainedOfficers: 0, trainingHours: 0, trainingEvents: 0 },
  objectionGrounds: {}, objectionDecisions: {}, disputes: [],
};
const filled: AnnualSections = {
  ...empty,
  year: 2026,
  profile: {
    year: 2026, policy: "Kebijakan keterbukaan.", staffNotes: "Dua petugas.", budgetAmount: 125_000_000, budgetSource: "APBD Provinsi NTT", budgetRealisation: 98_450_000, budgetNotes: "",
    regulations: [{ number: "500/DPP/SK/012/I/2026", title: "Penetapan PPID", date: "2026-01-08" }],
    facilities: [{ name: "Akses penyandang disabilitas", condition: "PERLU_PERBAIKAN", notes: "" }],
  },
  guides: [{ code: "STD-06", title: "Maklumat Pelayanan", kind: "MAKLUMAT", version: 2, effectiveDate: new Date("2025-07-01T00:00:00Z") }],
  objectionGrounds: { A_DITOLAK_DIKECUALIKAN: 3, E_TIDAK_DIPENUHI: 1 },
  objectionDecisions: { MENGUATKAN: 2 },
  disputes: [{ registrationNumber: "0001/KEB/PPID-DPP/2026", filedDate: new Date("2026-05-04T00:00:00Z"), stage: "MEDIASI", result: null }],
};
const rowOf = (tables: ReportTable[], id: string, label: string) => tables.find((t) => t.id === id)!.rows.find((r) => r[0] === label);

describe("annual report sections", () => {
  it("follow the order of the annual report: policy, resources, requests, objections and disputes, …, kendala, recommendations", () => {
    const ids = withAnnualSections(periodTables, filled).map((t) => t.id);
    expect(ids).toEqual([
      "kebijakan", "regulasi", "pedoman", "sarana", "sdm", "anggaran",
      "ringkasan", "saluran", "pemohon", "putusan", "lewat-tenggat", "penolakan",
      "keberatan", "keberatan-alasan", "sengketa",
      "pengaduan", "skm", "petugas", "dip", "kendala", "rekomendasi",
    ]);
  });

  it("leave monthly and quarterly reports as they are", () => {
    expect(withAnnualSections(periodTables, null)).toBe(periodTables);
    expect(unfilledTableIds(null).size).toBe(0);
  });

  it("show the profile: budget in Rupiah with its realisation, facilities with their condition, regulations, guides, disputes", () => {
    const tables = withAnnualSections(periodTables, filled);
    expect(rowOf(tables, "anggaran", "Pagu anggaran")!.map(cellText)).toEqual(["Pagu anggaran", "Rp125.000.000"]);
    expect(rowOf(tables, "anggaran", "Persentase realisasi")!.map(cellText)).toEqual(["Persentase realisasi", "78,8%"]);
    // In the spreadsheet: numbers with a format, so they can be summed.
    expect(rowOf(tables, "anggaran", "Pagu anggaran")!.map(cellSheetValue)).toEqual(["Pagu anggaran", { value: 125_000_000, numFmt: '"Rp"#,##0' }]);
    expect(rowOf(tables, "anggaran", "Persentase realisasi")!.map(cellSheetValue)).toEqual(["Persentase realisasi", { value: 0.788, numFmt: "0.0%" }]);
    expect(tables.find((t) => t.id === "sarana")!.rows).toEqual([["Akses penyandang disabilitas", "Tersedia, perlu perbaikan", "–"]]);
    expect(tables.find((t) => t.id === "regulasi")!.rows).toEqual([["500/DPP/SK/012/I/2026", "Penetapan PPID", "8 Januari 2026"]]);
    expect(tables.find((t) => t.id === "pedoman")!.rows).toEqual([["STD-06", "Maklumat Pelayanan", "Maklumat pelayanan", 2, "1 Juli 2025"]]);
    expect(tables.find((t) => t.id === "sengketa")).toMatchObject({ title: expect.stringContaining("(1)"), rows: [["0001/KEB/PPID-DPP/2026", "4 Mei 2026", "Mediasi", "–"]] });
    expect(tables.find((t) => t.id === "keberatan-alasan")!.rows.filter((r) => r[1] !== 0)).toEqual([
      [expect.stringMatching(/^Alasan a\. /), 3], [expect.stringMatching(/^Alasan e\. /), 1], ["Tanggapan: Menguatkan keputusan PPID", 2],
    ]);
    expect(rowOf(tables, "sdm", "Petugas Pelayanan Informasi (akun aktif saat laporan dibuat)")).toEqual([expect.any(String), 2]);
    expect(rowOf(tables, "sdm", "Atasan PPID (akun aktif saat laporan dibuat)")).toEqual([expect.any(String), 0]);
    expect(rowOf(tables, "sdm", "Keterangan")).toEqual(["Keterangan", "Dua petugas."]);
    expect(unfilledTableIds(filled).size).toBe(0);
  });

  it("say plainly which parts nobody filled, never an empty table", () => {
    const tables = withAnnualSections(periodTables, empty);
    const text = unfilledText(2024);
    expect(text).toMatch(/^Belum diisi\./);
    for (const id of ["kebijakan", "regulasi", "sarana", "anggaran"]) expect(tables.find((t) => t.id === id)!.rows).toEqual([[text]]);
    expect(rowOf(tables, "sdm", "Keterangan")).toEqual(["Keterangan", text]);
    expect(rowOf(tables, "sdm", "PPID Pelaksana (akun aktif saat laporan dibuat)")).toEqual([expect.any(String), 1]);
    expect([...unfilledTableIds(empty)].sort()).toEqual(["anggaran", "kebijakan", "regulasi", "sarana", "sdm"]);
  });
});
