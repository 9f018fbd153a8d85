import { requirePermission } from "@/lib/auth/guard";
import { toCsv } from "@/lib/csv/to-csv";
import { REGISTER_HEADERS, registerCells } from "@/lib/requests/register-columns";
import { registerCsvFilename } from "@/lib/requests/register-period";
import { resolveRegisterPeriod } from "@/lib/requests/register-view";
import { exportRegisterRows } from "@/lib/requests/services/export-register";

export const dynamic = "force-dynamic";

/** GET /staf/register/csv?periode=2026-03: the register as CSV for Excel (";" separated, UTF-8 BOM). */
export async function GET(request: Request) {
  const user = await requirePermission("exportRegister");
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const { period, range } = await resolveRegisterPeriod(params);
  const rows = await exportRegisterRows(user, range);
  // ISO dates (YYYY-MM-DD) sort correctly and Excel reads them as dates in every locale.
  const csv = toCsv(REGISTER_HEADERS, rows.map((row) => registerCells(row, (date) => date)));
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${registerCsvFilename(period)}"`,
      "Cache-Control": "no-store",
    },
  });
}
