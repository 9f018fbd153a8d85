import { figure } from "@/lib/reports/report-cell";
import type { ReportTable } from "@/lib/reports/report-tables";
import { reportSheets } from "@/lib/reports/report-xlsx";

const tables: ReportTable[] = [
  { id: "ringkasan", title: "Ringkasan permohonan informasi", header: ["Uraian", "Nilai"], rows: [["Permohonan diterima", 5], ["Persentase tepat waktu", figure(40, "percent")], ["Median", figure(null, "figure")]] },
  { id: "kendala", title: "Kendala", header: ["Tanggal"], rows: [] },
];

it("every sheet names the agency, the report and its period above the table title", () => {
  const sheets = reportSheets({ agency: { name: "Dinas Perindustrian dan Perdagangan" }, heading: "Laporan Evaluasi Bulanan Layanan Informasi Publik", periodTitle: "November 2026", tables });
  expect(sheets.map((s) => s.heading)).toEqual([
    ["Dinas Perindustrian dan Perdagangan", "Laporan Evaluasi Bulanan Layanan Informasi Publik", "Periode November 2026", "Ringkasan permohonan informasi"],
    ["Dinas Perindustrian dan Perdagangan", "Laporan Evaluasi Bulanan Layanan Informasi Publik", "Periode November 2026", "Kendala"],
  ]);
  expect(sheets[0]).toMatchObject({ name: "ringkasan", header: ["Uraian", "Nilai"] });
  expect(sheets[0].rows).toEqual([["Permohonan diterima", 5], ["Persentase tepat waktu", { value: 0.4, numFmt: "0.0%" }], ["Median", "–"]]);
});
