import { requirePermission } from "@/lib/auth/guard";
import { parseReportPeriod } from "@/lib/reports/period";
import { periodReportPdf, reportFilename } from "@/lib/reports/report-document";
import { readPeriodReport } from "@/lib/reports/read-report";

export const dynamic = "force-dynamic";

/** GET /staf/laporan/2026-11/pdf: the report as an A4 PDF (headless Chromium). */
export async function GET(_request: Request, { params }: { params: Promise<{ periode: string }> }) {
  const user = await requirePermission("readReports");
  const period = parseReportPeriod(decodeURIComponent((await params).periode));
  if (!period) return new Response("Periode tidak dikenal.", { status: 404 });
  const pdf = await periodReportPdf(await readPeriodReport(user, period));
  return new Response(new Uint8Array(pdf), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${reportFilename(period, "pdf")}"`, "Cache-Control": "no-store" },
  });
}
