"use client";
import { Button } from "@/components/ui/button";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useRequestAction } from "@/components/staff/requests/actions/action-form";
import { saveOfficerAssessmentAction } from "@/lib/evaluation/assessment-actions";
import { CriterionScoreField, type ScoringCriterion } from "./criterion-score-field";

type Draft = { scores: Record<string, { score: number | null; note: string | null }>; strengths: string | null; improvements: string | null } | null;

/** The scoring form: a level per criterion, notes, then save as draft or finalise (locks it). */
export function AssessmentForm({ officerId, officerName, period, criteria, draft }: { officerId: string; officerName: string; period: string; criteria: ScoringCriterion[]; draft: Draft }) {
  const form = useRequestAction(saveOfficerAssessmentAction);
  const saved = (id: string) => draft?.scores[id];
  const text = (name: "strengths" | "improvements") => form.value(name, draft?.[name] ?? "");
  return (
    <form key={form.resultKey} action={form.formAction} noValidate className="space-y-4" aria-label={`Penilaian kinerja ${officerName}`}>
      <FormMessage ok={form.state.ok} message={form.state.message} />
      <input type="hidden" name="officerId" value={officerId} />
      <input type="hidden" name="period" value={period} />
      {criteria.map((c) => (
        <CriterionScoreField
          key={c.id}
          criterion={c}
          score={form.value(`score-${c.id}`, saved(c.id)?.score?.toString() ?? "")}
          note={form.value(`note-${c.id}`, saved(c.id)?.note ?? "")}
          scoreError={form.error(`score-${c.id}`)}
          noteError={form.error(`note-${c.id}`)}
        />
      ))}
      <Field id="strengths" label="Kekuatan" hint="Wajib diisi sebelum penilaian difinalkan." error={form.error("strengths")}>
        <textarea name="strengths" rows={3} defaultValue={text("strengths")} className={inputClass} {...fieldAria("strengths", form.error("strengths"), true)} />
      </Field>
      <Field id="improvements" label="Hal yang perlu ditingkatkan" hint="Wajib diisi sebelum penilaian difinalkan." error={form.error("improvements")}>
        <textarea name="improvements" rows={3} defaultValue={text("improvements")} className={inputClass} {...fieldAria("improvements", form.error("improvements"), true)} />
      </Field>
      <p className="text-sm text-slate-700">Penilaian yang sudah final terkunci; koreksi sesudahnya dibuat sebagai revisi dengan alasan.</p>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="intent" value="draf" variant="secondary" disabled={form.pending}>Simpan draf</Button>
        <Button type="submit" name="intent" value="final" disabled={form.pending}>Finalkan penilaian</Button>
      </div>
    </form>
  );
}
