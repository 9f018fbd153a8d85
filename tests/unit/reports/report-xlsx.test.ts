import { figure } from "@/lib/reports/report-cell";
import type { ReportTable } from "@/lib/reports/report-tables";
import { reportSheets } from "@/lib/reports/report-xlsx";

const tables: ReportTable[] = [
  { id: "ringkasan", title: "Ringkasan permohonan informasi", header: ["Uraian", "Nilai"], rows: [["Permohonan diterima", 5], ["Persentase tepat waktu", figure(40, "percent")], ["Median", figure(null, "figure")]] },
  { id: "kendala", title: "Kendala", header: ["Tanggal"], rows: [] },
];

it("every sheet names the agency, the report and its period above the table title", () => {
  const sheets = reportSheets({ agency: { name: "Dinas Perindustrian dan Perdagangan" }, heading: "Laporan Evaluasi Bulanan Layanan Informasi Publik", periodTitle: "November 2026", provisional: null, tables });
  expect(sheets.map((s) => s.heading)).toEqual([
    ["Dinas Perindustrian dan Perdagangan", "Laporan Evaluasi Bulanan Layanan Informasi Publik", "Periode November 2026", "Ringkasan permohonan informasi"],
    ["Dinas Perindustrian dan Perdagangan", "Laporan Evaluasi Bulanan Layanan Informasi Publik", "Periode November 2026", "Kendala"],
  ]);
  expect(sheets[0]).toMatchObject({ name: "ringkasan", header: ["Uraian", "Nilai"] });
  expect(sheets[0].rows).toEqual([["Permohonan diterima", 5], ["Persentase tepat waktu", { value: 0.4, numFmt: "0.0%" }], ["Median", "–"]]);
});

it("a sheet of a period still running says its figures may change", () => {
  const note = "Periode ini belum berakhir: angka dalam laporan ini adalah keadaan per 4 Desember 2026 dan masih dapat berubah.";
  const [sheet] = reportSheets({ agency: { name: "Dinas" }, heading: "Laporan", periodTitle: "Desember 2026", provisional: note, tables });
  expect(sheet.heading).toEqual(["Dinas", "Laporan", "Periode Desember 2026", note, "Ringkasan permohonan informasi"]);
});
