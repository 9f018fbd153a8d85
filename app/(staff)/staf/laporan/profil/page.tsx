import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { todayInZone } from "@/lib/deadlines";
import { getClockSettings } from "@/lib/settings/clock";
import { firstParam, type SearchParams } from "@/lib/http/search-params";

/** /staf/laporan/profil opens this year's profile (?tahun=2026 opens that year's). */
export default async function AnnualProfileIndexPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("readReports");
  const tahun = firstParam((await searchParams).tahun);
  const { timeZone } = await getClockSettings();
  redirect(`/staf/laporan/profil/${/^\d{4}$/.test(tahun ?? "") ? tahun : todayInZone(new Date(), timeZone).slice(0, 4)}`);
}
