import { Card } from "@/components/ui/card";
import type { AuditDetail } from "@/lib/internal-audit/queries";
import { formatScore } from "@/lib/monev/category";
import { ScoreItemForm } from "./score-item-form";

type Section = AuditDetail["audit"]["instrument"]["sections"][number];
type Score = AuditDetail["audit"]["scores"][number];

/** One standard's items: question, weight, the system's figure, the score and (while a draft) the scoring form. */
export function AuditSectionCard({ auditId, section, scores, sectionScore, editable }: { auditId: string; section: Section; scores: Map<string, Score>; sectionScore: number | null; editable: boolean }) {
  return (
    <Card title={`${section.title} — nilai bagian ${formatScore(sectionScore)}`}>
      <ol className="space-y-4">
        {section.items.map((item) => {
          const s = scores.get(item.id);
          const levels = item.levels as string[];
          return (
            <li key={item.id} className="space-y-2 border-b border-slate-100 pb-4 last:border-0">
              <p className="font-medium">
                {item.code}. {item.question} <span className="text-sm font-normal text-slate-600">(bobot {item.weight})</span>
              </p>
              {s?.prefillFigure && (
                <p className="rounded bg-slate-50 p-2 text-sm" data-testid={`prefill-${item.code}`}>
                  <span className="font-semibold">Data sistem:</span> {s.prefillFigure}
                  {s.prefillScore !== null && <> → nilai otomatis {s.prefillScore}</>}
                </p>
              )}
              <dl className="grid gap-1 text-sm sm:grid-cols-[10rem_1fr]">
                <dt className="text-slate-600">Nilai</dt>
                <dd data-testid={`score-${item.code}`}>{s?.score ?? "belum dinilai"}{s?.score != null && ` / ${item.maxScore} — ${levels[s.score] ?? ""}`}</dd>
                {s?.overrideReason && (<><dt className="text-slate-600">Alasan perubahan</dt><dd>{s.overrideReason}</dd></>)}
                {s?.note && (<><dt className="text-slate-600">Catatan</dt><dd>{s.note}</dd></>)}
                {s?.evidenceLink && (<><dt className="text-slate-600">Tautan bukti</dt><dd className="break-all"><a href={s.evidenceLink} rel="noreferrer noopener" target="_blank">{s.evidenceLink}</a></dd></>)}
                {s?.evidenceFileId && (<><dt className="text-slate-600">Berkas bukti</dt><dd><a href={`/staf/bukti/${s.evidenceFileId}`} data-testid={`evidence-${item.code}`}>Unduh berkas bukti</a></dd></>)}
              </dl>
              {editable && s && (
                <details>
                  <summary className="cursor-pointer text-sm font-semibold text-brand-700">Beri nilai butir {item.code}</summary>
                  <div className="mt-2">
                    <ScoreItemForm auditId={auditId} itemId={item.id} code={item.code} levels={levels} current={s} />
                  </div>
                </details>
              )}
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
