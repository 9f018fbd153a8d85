import "server-only";
import { htmlToPdf } from "@/lib/documents/pdf";
import { formatDate } from "@/lib/format/dates";
import { officeDateOf } from "@/lib/datetime/zoned-to-utc";
import { getAgencyProfile } from "@/lib/settings/agency";
import { getClockSettings } from "@/lib/settings/clock";
import { getLetterhead } from "@/lib/settings/letterhead";
import { getReportSignatory } from "@/lib/settings/report-signatory";
import { nrrChartData } from "@/lib/survey/ikm-format";
import { periodStage, type ReportPeriod } from "./period";
import type { PeriodReport } from "./period-report";
import { renderReportHtml, type ReportDocument } from "./report-html";
import { reportTables } from "./report-tables";
import { annualIntro, withAnnualSections } from "./annual-tables";

const HEADINGS: Record<ReportPeriod["kind"], string> = {
  BULAN: "Laporan Evaluasi Bulanan Layanan Informasi Publik",
  TRIWULAN: "Laporan Triwulan Layanan Informasi Publik",
  SEMESTER: "Laporan Semester PPID Pelaksana kepada PPID Utama",
  TAHUN: "Laporan Tahunan Layanan Informasi Publik",
};

export const chartData = (report: PeriodReport) => nrrChartData(report.ikm.ikm.unsur);

export async function reportDocumentOf(report: PeriodReport): Promise<ReportDocument> {
  const [agency, letterhead, signatory, { timeZone }] = await Promise.all([getAgencyProfile(), getLetterhead(), getReportSignatory(), getClockSettings()]);
  const madeOn = officeDateOf(report.generatedAt, timeZone);
  const dateText = formatDate(madeOn);
  const intro = report.annual ? annualIntro(agency.name, report.title) : `Laporan ini memuat layanan informasi publik ${agency.name} periode ${report.title} menurut UU 14/2008 Pasal 12: permohonan, waktu pemenuhan, putusan dan alasan penolakan, keberatan, pengaduan, Survei Kepuasan Masyarakat, kinerja petugas, kendala dan rekomendasi.`;
  // Printed before the period ends, the figures are provisional; the document must say so.
  const provisional = periodStage(report.period, madeOn) === "BERJALAN" ? `Periode ini belum berakhir: angka dalam laporan ini adalah keadaan per ${dateText} dan masih dapat berubah.` : null;
  return {
    agency,
    heading: HEADINGS[report.period.kind],
    periodTitle: report.title,
    place: letterhead.city,
    dateText,
    intro: provisional ? `${intro} ${provisional}` : intro,
    provisional,
    tables: withAnnualSections(reportTables(report), report.annual),
    chart: chartData(report),
    signatory,
  };
}

/** A4 PDF of the report (no browser session needed: used by the download route and the CLI). */
export async function periodReportPdf(report: PeriodReport): Promise<Buffer> {
  return htmlToPdf(renderReportHtml(await reportDocumentOf(report)));
}

export const reportFilename = (period: ReportPeriod, ext: "pdf" | "xlsx") => `laporan-ppid-${period.key.toLowerCase()}.${ext}`;
