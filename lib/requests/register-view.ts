import "server-only";
import { requirePermission } from "@/lib/auth/guard";
import type { SearchParams } from "@/lib/http/search-params";
import { todayInZone } from "@/lib/deadlines";
import { officePeriod } from "@/lib/datetime/zoned-to-utc";
import { getClockSettings } from "@/lib/settings/clock";
import { registerRows } from "@/lib/requests/register";
import { parseRegisterPeriod } from "@/lib/requests/register-period";
import { requestFiguresOf } from "@/lib/reports/request-figures"; // issue 5


/** The period asked for in the URL and its [from, to) range in the office time zone. */
export async function resolveRegisterPeriod(params: SearchParams, now = new Date()) {
  const { timeZone } = await getClockSettings();
  const [year, month] = todayInZone(now, timeZone).split("-").map(Number);
  const period = parseRegisterPeriod(params, { year, month });
  return { period, range: officePeriod(period.year, period.month, timeZone) };
}

/** The on-screen register (the CSV goes through exportRegisterRows, which is audited). */
export async function getRegisterView(params: SearchParams) {
  await requirePermission("exportRegister");
  const { period, range } = await resolveRegisterPeriod(params);
  const [rows, figures] = await Promise.all([registerRows(range), requestFiguresOf(range)]);
  return { period, rows, figures };
}
