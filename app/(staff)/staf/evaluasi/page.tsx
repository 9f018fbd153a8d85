import { requirePermission } from "@/lib/auth/guard";
import { hasPermission } from "@/lib/auth/roles";
import { periodDays, periodFromQuery, periodTitle } from "@/lib/reports/period";
import { UnknownPeriodNotice } from "@/components/survey/unknown-period-notice";
import { officeToday } from "@/lib/settings/clock";
import { periodIkm } from "@/lib/survey/ikm-queries";
import { getSurveySettings } from "@/lib/survey/settings";
import { IkmSummary } from "@/components/survey/ikm-summary";
import { PeriodPicker } from "@/components/survey/period-picker";
import { SurveyLinkSettings } from "@/components/survey/survey-link-settings";
import { EvaluationNoteForm } from "@/components/reports/evaluation-note-form";
import { FollowUpForm } from "@/components/reports/follow-up-form";
import { EvaluationNoteList } from "@/components/reports/evaluation-note-list";
import { periodEvaluationNotes } from "@/lib/survey/evaluation-notes";
import { firstParam, type SearchParams } from "@/lib/http/search-params";

export const metadata = { title: "Evaluasi dan SKM" };

/** SKM results of a period with suggestions and follow-up plans; kendala and recommendations. */
export default async function EvaluationPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("readReports");
  const periode = firstParam((await searchParams).periode);
  const today = await officeToday();
  const shown = periodFromQuery(periode, today.slice(0, 4), today);
  const { period } = shown;
  const [result, notes, surveySettings] = await Promise.all([periodIkm(period), periodEvaluationNotes(period), getSurveySettings()]);
  // A note written while looking at a past month belongs to that month, not to today.
  const lastDay = periodDays(period).last;
  const noteDate = lastDay < today ? lastDay : today;
  const canEdit = hasPermission(user.role, "manageEvaluation");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Evaluasi dan Survei Kepuasan Masyarakat — {periodTitle(period)}</h1>
      <UnknownPeriodNotice {...shown} />
      <PeriodPicker action="/staf/evaluasi" current={period.key} years={[period.year, period.year - 1]} />
      <IkmSummary result={result} canEditFollowUps={canEdit} />
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Saran dan masukan responden</h2>
        {result.suggestions.length === 0 ? <p className="text-sm">Belum ada saran.</p> : <ul className="list-disc pl-5 text-sm">{result.suggestions.map((s, i) => <li key={i}>{s}</li>)}</ul>}
      </section>
      <EvaluationNoteList notes={notes} canEdit={canEdit} />
      {canEdit && (
        <div className="grid gap-4 lg:grid-cols-2">
          <FollowUpForm period={period.key} weak={result.weak} />
          <EvaluationNoteForm defaultDate={noteDate} />
        </div>
      )}
      <SurveyLinkSettings settings={surveySettings} canEdit={hasPermission(user.role, "manageSettings")} />
    </div>
  );
}
