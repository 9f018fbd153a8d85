import { requirePermission } from "@/lib/auth/guard";
import { requestedReport } from "@/lib/reports/requested-report";
import { reportDocumentOf, reportFilename } from "@/lib/reports/report-document";
import { reportXlsx } from "@/lib/reports/report-xlsx";

export const dynamic = "force-dynamic";

/** GET /staf/laporan/2026-11/xlsx: every table of the report, one sheet each, the same tables as the PDF. */
export async function GET(_request: Request, { params }: { params: Promise<{ periode: string }> }) {
  const user = await requirePermission("readReports");
  const requested = await requestedReport(user, (await params).periode);
  if ("refusal" in requested) return new Response(requested.refusal, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { period, report } = requested;
  const xlsx = reportXlsx(await reportDocumentOf(report));
  return new Response(new Uint8Array(xlsx), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${reportFilename(period, "xlsx")}"`,
      "Cache-Control": "no-store",
    },
  });
}
