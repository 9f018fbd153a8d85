import { formatNip } from "@/lib/format/nip";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/guard";
import { hasPermission } from "@/lib/auth/roles";
import { unfilledTableIds } from "@/lib/reports/annual-tables";
import { chartData, reportDocumentOf } from "@/lib/reports/report-document";
import { requestedReport, thisMonthPeriod } from "@/lib/reports/requested-report";
import { ReportRefusal } from "@/components/reports/report-refusal";
import { IkmChart } from "@/components/survey/ikm-chart";
import { PeriodPicker } from "@/components/survey/period-picker";
import { ReportTableView } from "@/components/reports/report-table-view";
import { buttonClass } from "@/components/ui/button";

export const metadata = { title: "Laporan evaluasi" };

/** The evaluation report of a month (2026-11), quarter, semester or year, ready to print on A4. */
export default async function ReportPage({ params }: { params: Promise<{ periode: string }> }) {
  const user = await requirePermission("readReports");
  const requested = await requestedReport(user, (await params).periode);
  if ("refusal" in requested) return <ReportRefusal period={requested.period ?? (await thisMonthPeriod())} message={requested.refusal} />;
  const { period, report } = requested;
  const doc = await reportDocumentOf(report);
  const unfilled = unfilledTableIds(report.annual);
  const profileHref = `/staf/laporan/profil/${period.year}`;
  return (
    <article className="mx-auto max-w-[210mm] space-y-5 bg-white">
      <div className="no-print flex flex-wrap items-end gap-3">
        <PeriodPicker action="/staf/laporan" current={period.key} years={[period.year, period.year - 1]} />
        <a className={buttonClass()} href={`/staf/laporan/${period.key}/pdf`}>Unduh PDF</a>
        <a className={buttonClass("secondary")} href={`/staf/laporan/${period.key}/xlsx`}>Unduh XLSX (semua tabel)</a>
        {report.annual && <Link className={buttonClass("secondary")} href={profileHref}>Profil laporan tahunan {period.year}</Link>}
      </div>
      <header className="border-b-4 border-double border-black pb-2 text-center">
        <p>{doc.agency.parentName.toUpperCase()}</p>
        <p className="text-lg font-bold">{doc.agency.name.toUpperCase()}</p>
        <p className="text-xs">{doc.agency.address} · Telp. {doc.agency.phone} · Surel {doc.agency.email}</p>
      </header>
      <h1 className="text-center text-xl font-bold">{doc.heading}</h1>
      <p className="text-center">Periode {doc.periodTitle}</p>
      <p className="text-sm">{doc.intro}</p>
      {doc.tables.map((table) => (
        <ReportTableView key={table.id} table={table}>
          {table.id === "skm" && (
            <>
              <p className="text-sm">{report.ikm.sample.message}</p>
              {chartData(report).length > 0 && <IkmChart data={chartData(report)} />}
            </>
          )}
          {unfilled.has(table.id) && (
            <p className="no-print text-sm">
              <Link href={profileHref} className="font-medium underline">
                {hasPermission(user.role, "manageReportProfile") ? `Isi bagian ini di Profil laporan tahunan ${period.year}` : `Buka Profil laporan tahunan ${period.year}`}
              </Link>
            </p>
          )}
        </ReportTableView>
      ))}
      <div className="ml-auto w-fit break-inside-avoid pt-6 text-sm">
        <p>{doc.place}, {doc.dateText}</p>
        <p>{doc.signatory.title},</p>
        <div className="h-20" />
        <p className="font-bold underline">{doc.signatory.name}</p>
        {doc.signatory.nip && <p>NIP {formatNip(doc.signatory.nip)}</p>}
        {hasPermission(user.role, "manageSettings") && <p className="no-print pt-2"><Link href="/staf/admin/penanda-tangan-laporan" className="underline">Ubah penanda tangan</Link></p>}
      </div>
    </article>
  );
}
