import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/format/dates";
import { LEVEL_NAMES, rubricText } from "@/lib/evaluation/rubric-score";
import type { AssessmentRevision } from "@/lib/evaluation/queries";

/** A final assessment as it was locked: the criteria as scored (snapshot), the total and the notes. */
export function AssessmentResult({ revision: r }: { revision: AssessmentRevision }) {
  return (
    <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby={`hasil-${r.id}`}>
      <h2 id={`hasil-${r.id}`} className="flex flex-wrap items-center gap-2 text-lg font-semibold">
        Nilai {r.totalScore !== null && r.category ? rubricText(r.totalScore, r.category) : "–"}
        <Badge tone="success">Final{r.revision > 1 ? `, revisi ke-${r.revision}` : ""}</Badge>
      </h2>
      <p className="text-sm text-slate-700">
        Dinilai oleh {r.assessor.name}, difinalkan {formatDateTime(r.finalizedAt)}.
        {r.revisionReason && <> Alasan koreksi: {r.revisionReason}</>}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[32rem] border-collapse text-sm" data-testid="assessment-scores">
          <thead>
            <tr>{["Kriteria", "Bobot", "Nilai", "Catatan"].map((h) => <th key={h} className="border border-slate-300 bg-slate-100 px-2 py-1 text-left">{h}</th>)}</tr>
          </thead>
          <tbody>
            {r.scores.map((s) => (
              <tr key={s.criterionId}>
                <td className="border border-slate-300 px-2 py-1">{s.criterionName}</td>
                <td className="border border-slate-300 px-2 py-1">{s.weight}</td>
                <td className="border border-slate-300 px-2 py-1">
                  {s.score === null ? "–" : <><strong>{s.score} — {LEVEL_NAMES[s.score]}.</strong> {s.levels[s.score - 1]}</>}
                </td>
                <td className="border border-slate-300 px-2 py-1 whitespace-pre-line [overflow-wrap:anywhere]">{s.note ?? "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="grid gap-3 text-sm sm:grid-cols-2">
        <div><dt className="font-medium">Kekuatan</dt><dd className="whitespace-pre-line [overflow-wrap:anywhere]">{r.strengths ?? "–"}</dd></div>
        <div><dt className="font-medium">Hal yang perlu ditingkatkan</dt><dd className="whitespace-pre-line [overflow-wrap:anywhere]">{r.improvements ?? "–"}</dd></div>
      </dl>
    </section>
  );
}
