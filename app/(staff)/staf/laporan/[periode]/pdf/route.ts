import { requirePermission } from "@/lib/auth/guard";
import { requestedReport } from "@/lib/reports/requested-report";
import { periodReportPdf, reportFilename } from "@/lib/reports/report-document";

export const dynamic = "force-dynamic";

/** GET /staf/laporan/2026-11/pdf: the report as an A4 PDF (headless Chromium). */
export async function GET(_request: Request, { params }: { params: Promise<{ periode: string }> }) {
  const user = await requirePermission("readReports");
  const requested = await requestedReport(user, (await params).periode);
  if ("refusal" in requested) return new Response(requested.refusal, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { period, report } = requested;
  const pdf = await periodReportPdf(report);
  return new Response(new Uint8Array(pdf), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${reportFilename(period, "pdf")}"`, "Cache-Control": "no-store" },
  });
}
