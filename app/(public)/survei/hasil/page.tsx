import Link from "next/link";
import { IkmSummary } from "@/components/survey/ikm-summary";
import { PeriodPicker } from "@/components/survey/period-picker";
import { periodFromQuery, periodTitle } from "@/lib/reports/period";
import { UnknownPeriodNotice } from "@/components/survey/unknown-period-notice";
import { periodIkm } from "@/lib/survey/ikm-queries";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { officeToday } from "@/lib/settings/clock";

export const metadata = { title: "Hasil Survei Kepuasan Masyarakat" };

export default async function SurveyResultsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const periode = firstParam((await searchParams).periode);
  const today = await officeToday();
  const thisYear = Number(today.slice(0, 4));
  const shown = periodFromQuery(periode, String(thisYear), today);
  const { period } = shown;
  const result = await periodIkm(period);
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">Hasil Survei Kepuasan Masyarakat — {periodTitle(period)}</h1>
        <p className="text-slate-700">
          Indeks Kepuasan Masyarakat (IKM) dihitung menurut PermenPANRB Nomor 14 Tahun 2017: rata-rata tiap unsur
          ditimbang 1/9, dikalikan 25. <Link href="/survei">Isi survei</Link>.
        </p>
      </header>
      <UnknownPeriodNotice {...shown} />
      <PeriodPicker action="/survei/hasil" current={period.key} years={[thisYear, thisYear - 1]} />
      <IkmSummary result={result} />
    </div>
  );
}
