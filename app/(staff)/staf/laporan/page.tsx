import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { todayInZone } from "@/lib/deadlines";
import { getClockSettings } from "@/lib/settings/clock";
import { firstParam, type SearchParams } from "@/lib/http/search-params";

/** /staf/laporan (optionally ?periode=2026-S1) opens the report of that period, by default this month. */
export default async function ReportIndexPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("readReports");
  const periode = firstParam((await searchParams).periode);
  const { timeZone } = await getClockSettings();
  redirect(`/staf/laporan/${encodeURIComponent(periode || todayInZone(new Date(), timeZone).slice(0, 7))}`);
}
