import Link from "next/link";
import { PeriodPicker } from "@/components/survey/period-picker";
import { periodFromQuery, periodTitle } from "@/lib/reports/period";
import { UnknownPeriodNotice } from "@/components/survey/unknown-period-notice";
import { publicStatistics } from "@/lib/reports/public-statistics";
import { OUTCOME_LABELS } from "@/lib/requests/labels";
import { formatIkm, mutuText } from "@/lib/survey/ikm-format";
import { formatFigure, formatPercent } from "@/lib/reports/figures-format";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { officeToday } from "@/lib/settings/clock";

export const metadata = { title: "Statistik layanan informasi publik" };

/** UU 14/2008 Pasal 12: requests, time to fulfil, granted, refused and why — live — and the IKM. */
export default async function StatisticsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const periode = firstParam((await searchParams).periode);
  const today = await officeToday();
  const thisYear = Number(today.slice(0, 4));
  const shown = periodFromQuery(periode, String(thisYear), today);
  const { period } = shown;
  const s = await publicStatistics(period);
  const granted = (s.byOutcome.DIKABULKAN_SELURUHNYA ?? 0) + (s.byOutcome.DIKABULKAN_SEBAGIAN ?? 0);
  const items: [string, string, string][] = [
    ["Permohonan diterima", String(s.received), "stat-received"],
    ["Dikabulkan (seluruhnya atau sebagian)", String(granted), "stat-granted"],
    ["Ditolak", String(s.byOutcome.DITOLAK_DIKECUALIKAN ?? 0), "stat-refused"],
    ["Rata-rata waktu pemenuhan (hari kerja)", formatFigure(s.meanWorkingDays), "stat-mean"],
    ["Median waktu pemenuhan (hari kerja)", formatFigure(s.medianWorkingDays), "stat-median"],
    ["Tepat waktu", formatPercent(s.onTimePercent), "stat-ontime"],
  ];
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">Statistik layanan informasi publik — {periodTitle(period)}</h1>
        <p className="text-slate-700">Data langsung dari register permohonan, sesuai UU 14/2008 Pasal 12. Waktu pemenuhan dihitung dalam hari kerja sejak permohonan diterima sampai pemberitahuan tertulis, tanpa hari menunggu jawaban klarifikasi dari pemohon. Persentase tepat waktu dihitung dari permohonan yang sudah diberi pemberitahuan tertulis atau yang sudah melewati tenggatnya tanpa pemberitahuan.</p>
      </header>
      <UnknownPeriodNotice {...shown} />
      <PeriodPicker action="/statistik" current={period.key} years={[thisYear, thisYear - 1]} />
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        {items.map(([label, value, id]) => (
          <div key={id} className="rounded border border-slate-200 p-3"><dt className="text-sm text-slate-600">{label}</dt><dd className="text-2xl font-bold" data-testid={id}>{value}</dd></div>
        ))}
      </dl>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Putusan atas permohonan</h2>
        <ul className="list-disc pl-5 text-sm">
          {Object.entries(OUTCOME_LABELS).map(([k, label]) => <li key={k}>{label}: {s.byOutcome[k as keyof typeof s.byOutcome] ?? 0}</li>)}
          <li>Belum diputuskan: {s.undecided}</li>
        </ul>
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Alasan penolakan</h2>
        {Object.keys(s.refusalsByArticle).length === 0 ? <p className="text-sm">Tidak ada penolakan.</p> : (
          <ul className="list-disc pl-5 text-sm">{Object.entries(s.refusalsByArticle).map(([k, n]) => <li key={k}>{k} UU 14/2008: {n}</li>)}</ul>
        )}
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Indeks Kepuasan Masyarakat</h2>
        <p className="text-sm">
          IKM <strong data-testid="stat-ikm">{formatIkm(s.ikm.ikm)}</strong>{s.ikm.mutu ? ` — mutu ${mutuText(s.ikm.mutu)}` : ""}, {s.ikm.respondents} responden. {s.sample.message}{" "}
          <Link href={`/survei/hasil?periode=${period.key}`}>Rincian per unsur</Link>.
        </p>
      </section>
    </div>
  );
}
