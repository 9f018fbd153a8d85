import "server-only";
import { requirePermission } from "@/lib/auth/guard";
import type { SearchParams } from "@/lib/http/search-params";
import { todayInZone } from "@/lib/deadlines";
import { getClockSettings } from "@/lib/settings/clock";
import { registerRows } from "@/lib/requests/register";
import { parseRegisterPeriod } from "@/lib/requests/register-period";
import { officeRange } from "@/lib/reports/period";
import { requestFiguresOf } from "@/lib/reports/request-figures";

/** The period asked for in the URL (with why another is shown, if so) and its [from, to) range in the office zone. */
export async function resolveRegisterPeriod(params: SearchParams, now = new Date()) {
  const { timeZone } = await getClockSettings();
  const today = todayInZone(now, timeZone);
  const shown = parseRegisterPeriod(params, today);
  return { shown, period: shown.period, today, range: officeRange(shown.period, timeZone) };
}

/** The on-screen register (the CSV goes through exportRegisterRows, which is audited). */
export async function getRegisterView(params: SearchParams) {
  await requirePermission("exportRegister");
  const resolved = await resolveRegisterPeriod(params);
  const [rows, figures] = await Promise.all([registerRows(resolved.range), requestFiguresOf(resolved.range)]);
  return { ...resolved, rows, figures };
}
