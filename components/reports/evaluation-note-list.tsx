import Link from "next/link";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { formatReportDate } from "@/lib/reports/figures-format";
import type { EvaluationNoteRow } from "@/lib/survey/evaluation-notes";
import { deleteEvaluationNoteAction } from "@/lib/survey/staff-actions";

const KIND_TITLES = { KENDALA: "Kendala", REKOMENDASI: "Rekomendasi" } as const;

/** The kendala and recommendations of the shown period, as the report will print them; editors may correct or remove each. */
export function EvaluationNoteList({ notes, canEdit }: { notes: EvaluationNoteRow[]; canEdit: boolean }) {
  return (
    <section className="space-y-3">
      <h2 className="text-lg font-semibold">Kendala dan rekomendasi periode ini</h2>
      {notes.length === 0 && <p className="text-sm">Belum ada kendala atau rekomendasi yang dicatat untuk periode ini.</p>}
      {(["KENDALA", "REKOMENDASI"] as const).map((kind) => {
        const rows = notes.filter((n) => n.kind === kind);
        if (rows.length === 0) return null;
        return (
          <div key={kind} className="space-y-2">
            <h3 className="font-semibold">{KIND_TITLES[kind]} ({rows.length})</h3>
            <ul className="space-y-2">
              {rows.map((n) => (
                <li key={n.id} className="rounded-md border border-slate-200 p-3 text-sm">
                  <p><span className="font-medium">{formatReportDate(n.occurredOn)} · {n.category}</span></p>
                  <p className="whitespace-pre-line break-words">{n.description}</p>
                  {n.impact && <p className="break-words"><span className="font-medium">Dampak:</span> {n.impact}</p>}
                  {n.actionTaken && <p className="break-words"><span className="font-medium">Tindakan:</span> {n.actionTaken}</p>}
                  {canEdit && (
                    <div className="mt-2 flex flex-wrap items-center gap-3">
                      <Link href={`/staf/evaluasi/catatan/${n.id}`} className="font-medium underline" aria-label={`Ubah ${KIND_TITLES[kind].toLowerCase()} ${n.category} ${formatReportDate(n.occurredOn)}`}>Ubah</Link>
                      <ConfirmActionButton action={deleteEvaluationNoteAction.bind(null, n.id)} label="Hapus" accessibleLabel={`Hapus ${KIND_TITLES[kind].toLowerCase()} ${n.category} ${formatReportDate(n.occurredOn)}`} confirmText="Hapus catatan ini? Catatan tidak lagi muncul di laporan." />
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
