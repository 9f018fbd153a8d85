import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { formatNip } from "@/lib/format/nip";
import { periodNotStarted, previousMonthKey } from "@/lib/evaluation/assessor-rules";
import { listCriteria, officerAssessmentView } from "@/lib/evaluation/queries";
import { RUBRIC_BANDS_TEXT } from "@/lib/evaluation/rubric-score";
import { periodOfficerRows } from "@/lib/reports/officer-rows";
import { officerTables } from "@/lib/reports/officer-tables";
import { periodFromQuery, periodTitle } from "@/lib/reports/period";
import { UnknownPeriodNotice } from "@/components/survey/unknown-period-notice";
import { officeToday } from "@/lib/settings/clock";
import { PeriodPicker } from "@/components/survey/period-picker";
import { AssessmentForm } from "@/components/evaluation/assessment-form";
import { AssessmentResult } from "@/components/evaluation/assessment-result";
import { OfficerFigures } from "@/components/evaluation/officer-figures";
import { ReviseAssessmentForm } from "@/components/evaluation/revise-form";
import { firstParam, type SearchParams } from "@/lib/http/search-params";

export const metadata = { title: "Penilaian kinerja petugas" };

type Props = { params: Promise<{ officerId: string }>; searchParams: Promise<SearchParams> };

/** One officer and period: objective figures, the final assessment (locked) or the scoring form. */
export default async function OfficerAssessmentPage({ params, searchParams }: Props) {
  const user = await requirePermission("readOfficerAssessments");
  const { officerId } = await params;
  const today = await officeToday();
  const shown = periodFromQuery(firstParam((await searchParams).periode), previousMonthKey(today), today);
  const { period } = shown;
  const view = await officerAssessmentView(user, officerId, period.key);
  if (!view) notFound();
  const officers = await periodOfficerRows(period);
  const [table] = officerTables(officers);
  const index = officers.findIndex((o) => o.officerId === officerId);
  const [latest, ...earlier] = view.revisions;
  const currentFinal = view.revisions.find((r) => r.status === "FINAL");
  const notStarted = periodNotStarted(period, today);
  const editing = view.refusal === null && !notStarted && latest?.status !== "FINAL";
  const criteria = editing ? await listCriteria(user, { activeOnly: true }) : [];
  const draft = editing && latest?.status === "DRAFT" ? latest : null;
  return (
    <div className="space-y-5">
      <p className="text-sm"><Link href={`/staf/evaluasi/kinerja?periode=${period.key}`}>← Kinerja petugas {periodTitle(period)}</Link></p>
      <h1 className="text-2xl font-bold">Penilaian kinerja {view.officer.name} — {periodTitle(period)}</h1>
      <p className="text-sm text-slate-700">{ROLE_LABELS[view.officer.role]}{view.officer.nip ? `, NIP ${formatNip(view.officer.nip)}` : ""}{view.officer.active ? "" : " (akun nonaktif)"}</p>
      <UnknownPeriodNotice {...shown} />
      <PeriodPicker action={`/staf/evaluasi/kinerja/${officerId}`} current={period.key} years={[period.year, period.year - 1]} />
      <h2 className="text-lg font-semibold">Angka objektif periode ini</h2>
      {index >= 0 ? <OfficerFigures table={table} row={table.rows[index]} /> : <p className="text-sm">Tidak ada angka layanan untuk periode ini.</p>}
      {currentFinal && <AssessmentResult revision={currentFinal} />}
      {view.refusal === null && latest?.status === "FINAL" && <ReviseAssessmentForm assessmentId={latest.id} officerId={officerId} />}
      {notStarted && <p className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">Periode {periodTitle(period)} belum dimulai; penilaian dibuat setelah periode berjalan.</p>}
      {view.refusal !== null && <p className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">{view.refusal}{view.draftPending ? " Penilaian periode ini masih draf." : ""}</p>}
      {view.refusal !== null && !currentFinal && !view.draftPending && <p className="text-sm">Belum dinilai.</p>}
      {editing && (
        <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="text-lg font-semibold">{draft ? `Draf penilaian${draft.revision > 1 ? ` (revisi ke-${draft.revision}: ${draft.revisionReason ?? ""})` : ""}` : "Nilai kinerja"}</h2>
          <p className="text-sm text-slate-700">Pilih satu tingkat (1–4) per kriteria. Total berbobot 0–100; kategori {RUBRIC_BANDS_TEXT}.</p>
          <AssessmentForm
            officerId={officerId}
            officerName={view.officer.name}
            period={period.key}
            criteria={criteria}
            draft={draft && { scores: Object.fromEntries(draft.scores.map((s) => [s.criterionId, { score: s.score, note: s.note }])), strengths: draft.strengths, improvements: draft.improvements }}
          />
        </section>
      )}
      {earlier.some((r) => r.status === "FINAL" && r.id !== currentFinal?.id) && (
        <details className="rounded-lg border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer font-medium">Versi final sebelumnya</summary>
          <div className="mt-3 space-y-3">
            {earlier.filter((r) => r.status === "FINAL" && r.id !== currentFinal?.id).map((r) => <AssessmentResult key={r.id} revision={r} />)}
          </div>
        </details>
      )}
    </div>
  );
}
