import { requirePermission } from "@/lib/auth/guard";
import { toCsv } from "@/lib/csv/to-csv";
import { exportObjectionRegister } from "@/lib/objections/export-register";
import { OBJECTION_REGISTER_HEADERS, objectionRegisterCells } from "@/lib/objections/register-columns";
import { registerCsvFilename } from "@/lib/requests/register-period";
import { resolveRegisterPeriod } from "@/lib/requests/register-view";
import { getClockSettings } from "@/lib/settings/clock";

export const dynamic = "force-dynamic";

/** GET /staf/keberatan/register/csv?periode=2026-03: the register keberatan as CSV (audited). */
export async function GET(request: Request) {
  const user = await requirePermission("exportRegister");
  const { period, range } = await resolveRegisterPeriod(Object.fromEntries(new URL(request.url).searchParams));
  const [rows, { timeZone }] = await Promise.all([exportObjectionRegister(user, range), getClockSettings()]);
  const csv = toCsv(OBJECTION_REGISTER_HEADERS, rows.map((row) => objectionRegisterCells(row, (d) => d, timeZone)));
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${registerCsvFilename(period, "keberatan")}"`,
      "Cache-Control": "no-store",
    },
  });
}
