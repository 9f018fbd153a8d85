import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { thisMonthPeriod } from "@/lib/reports/requested-report";
import { firstParam, type SearchParams } from "@/lib/http/search-params";

/** /staf/laporan (optionally ?periode=2026-S1) opens the report of that period, by default this month. */
export default async function ReportIndexPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("readReports");
  const periode = firstParam((await searchParams).periode);
  redirect(`/staf/laporan/${encodeURIComponent(periode || (await thisMonthPeriod()).key)}`);
}
