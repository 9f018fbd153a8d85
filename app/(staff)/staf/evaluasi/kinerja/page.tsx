import Link from "next/link";
import { requirePermission } from "@/lib/auth/guard";
import { hasPermission } from "@/lib/auth/roles";
import { assessorRefusal, previousMonthKey } from "@/lib/evaluation/assessor-rules";
import { RUBRIC_BANDS_TEXT } from "@/lib/evaluation/rubric-score";
import { periodOfficerRows } from "@/lib/reports/officer-rows";
import { officerTables } from "@/lib/reports/officer-tables";
import { periodFromQuery, periodTitle } from "@/lib/reports/period";
import { UnknownPeriodNotice } from "@/components/survey/unknown-period-notice";
import { officeToday } from "@/lib/settings/clock";
import { PeriodPicker } from "@/components/survey/period-picker";
import { OfficerAssessmentTable } from "@/components/evaluation/officer-assessment-table";
import { firstParam, type SearchParams } from "@/lib/http/search-params";

export const metadata = { title: "Kinerja petugas" };

/** Officers of a period: the report's objective figures, their rubric score and a link to score them. */
export default async function OfficerPerformancePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("readOfficerAssessments");
  const today = await officeToday();
  const shown = periodFromQuery(firstParam((await searchParams).periode), previousMonthKey(today), today);
  const { period } = shown;
  const officers = await periodOfficerRows(period);
  const [table] = officerTables(officers);
  const mayAssess = hasPermission(user.role, "assessOfficer");
  const assessable = new Set(officers.filter((o) => mayAssess && o.role && assessorRefusal(user, { id: o.officerId, role: o.role }) === null).map((o) => o.officerId));
  const links = [
    hasPermission(user.role, "readReports") && <Link key="laporan" href={`/staf/laporan/${period.key}`}>Laporan periode {periodTitle(period)}</Link>,
    hasPermission(user.role, "manageAssessmentCriteria") && <Link key="kriteria" href="/staf/evaluasi/kriteria">Kriteria penilaian</Link>,
  ].filter(Boolean);
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">Kinerja petugas — {periodTitle(period)}</h1>
      <UnknownPeriodNotice {...shown} />
      <PeriodPicker action="/staf/evaluasi/kinerja" current={period.key} years={[period.year, period.year - 1]} />
      <p className="text-sm text-slate-700">
        Angka objektif dihitung dari register permohonan periode ini, sama dengan tabel Kinerja petugas pada laporan. Nilai rubrik diberikan
        penilai per kriteria pada skala 1–4; totalnya berbobot pada skala 0–100 dengan kategori {RUBRIC_BANDS_TEXT}. PPID Pelaksana menilai
        petugas; Atasan PPID menilai PPID Pelaksana dan dapat pula menilai petugas (misalnya bila PPID berhalangan). Setiap petugas
        mempunyai satu penilaian per periode, siapa pun penilainya; penilaian final hanya dapat dikoreksi melalui revisi.
      </p>
      {links.length > 0 && <p className="flex flex-wrap gap-4 text-sm">{links}</p>}
      <OfficerAssessmentTable table={table} officers={officers} period={period.key} assessable={assessable} />
    </div>
  );
}
