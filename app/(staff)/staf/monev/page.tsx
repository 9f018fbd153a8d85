import Link from "next/link";
import { requirePermission } from "@/lib/auth/guard";
import { getMonevView } from "@/lib/monev/queries";
import { MonevForm } from "@/components/staff/monev/monev-form";
import { MonevHistory, MonevResult } from "@/components/staff/monev/monev-result";
import { VisitScoreForm } from "@/components/staff/monev/visit-score-form";
import { SetUpYearForm, WeightsForm } from "@/components/staff/monev/indicator-forms";
import { MonevAnswers } from "@/components/staff/monev/monev-answers";
import { QuestionEditor } from "@/components/staff/monev/question-editor";
import { firstParam, type SearchParams } from "@/lib/http/search-params";

export const metadata = { title: "Monev Komisi Informasi" };

export default async function MonevPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("readOversight");
  const asked = Number(firstParam((await searchParams).tahun));
  const fallback = new Date().getUTCFullYear();
  const year = Number.isInteger(asked) && asked > 2000 && asked < 2100 ? asked : fallback;
  const view = await getMonevView(year);
  const nextYear = Math.max(fallback, ...view.years) + 1;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Monev Komisi Informasi — penilaian mandiri {year}</h1>
      <nav aria-label="Pilih tahun" className="flex flex-wrap gap-3 text-sm">
        {view.years.map((y) => (
          <Link key={y} href={`/staf/monev?tahun=${y}`} aria-current={y === year ? "page" : undefined} className={y === year ? "font-bold" : ""}>{y}</Link>
        ))}
        {view.canManage && <Link href={`/staf/monev?tahun=${nextYear}`}>Tahun {nextYear} (siapkan)</Link>}
      </nav>
      {view.data.indicators.length === 0 ? (
        <>
          <p className="text-sm">Indikator dan bobot Monev tahun {year} belum ditetapkan.</p>
          {view.canManage && <SetUpYearForm year={year} />}
        </>
      ) : (
        <>
          <MonevResult view={view} year={year} />
          {view.data.assessment?.status === "SELESAI" && <MonevAnswers data={view.data} />}
          {view.canEnterVisit && <VisitScoreForm year={year} current={view.data.assessment?.visitScore ?? null} />}
          {view.canEdit && <WeightsForm year={year} indicators={view.data.indicators} />}
          {view.canEdit && <QuestionEditor year={year} indicators={view.data.indicators} />}
          {view.canEdit && <MonevForm year={year} indicators={view.data.indicators} answers={view.data.assessment?.answers ?? []} />}
        </>
      )}
      <MonevHistory history={view.history} />
    </div>
  );
}
