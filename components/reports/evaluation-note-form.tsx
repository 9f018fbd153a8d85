"use client";
import { useActionState } from "react";
import { initialActionResult } from "@/lib/action-result";
import { addEvaluationNoteAction, updateEvaluationNoteAction } from "@/lib/survey/staff-actions";
import { Button } from "@/components/ui/button";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFocusFirstError } from "@/components/forms/use-focus-first-error";

type NoteValues = { kind: string; occurredOn: string; category: string; description: string; impact: string; actionTaken: string };

/**
 * Records a kendala (category, description, impact, action taken) or a recommendation, or corrects
 * one (`note` with its id). A new note is dated `defaultDate`: the shown period's last day that has come.
 */
export function EvaluationNoteForm({ defaultDate, note }: { defaultDate: string; note?: NoteValues & { id: string } }) {
  const [state, action, pending] = useActionState(note ? updateEvaluationNoteAction.bind(null, note.id) : addEvaluationNoteAction, initialActionResult);
  useFocusFirstError(state);
  const v: Partial<NoteValues> = state.ok ? {} : (state.values ?? note ?? {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-3 rounded-lg border border-slate-200 p-4">
      <h2 className="font-semibold">{note ? "Ubah catatan" : "Catat kendala atau rekomendasi"}</h2>
      <FormMessage ok={state.ok} message={state.message} />
      <Field id="kind" label="Jenis" required error={e.kind}>
        <select key={v.kind ?? ""} {...fieldAria("kind", e.kind)} name="kind" defaultValue={v.kind ?? "KENDALA"} className={inputClass}>
          <option value="KENDALA">Kendala</option>
          <option value="REKOMENDASI">Rekomendasi</option>
        </select>
      </Field>
      <Field id="occurredOn" label="Tanggal" required error={e.occurredOn}>
        <input {...fieldAria("occurredOn", e.occurredOn)} type="date" name="occurredOn" defaultValue={v.occurredOn ?? defaultDate} className={inputClass} />
      </Field>
      <Field id="category" label="Kategori / bidang" required error={e.category}>
        <input {...fieldAria("category", e.category)} name="category" defaultValue={v.category} className={inputClass} />
      </Field>
      <Field id="description" label="Uraian" required error={e.description}>
        <textarea {...fieldAria("description", e.description)} name="description" rows={3} defaultValue={v.description} className={inputClass} />
      </Field>
      <Field id="impact" label="Dampak (kendala)" error={e.impact}>
        <textarea {...fieldAria("impact", e.impact)} name="impact" rows={2} defaultValue={v.impact} className={inputClass} />
      </Field>
      <Field id="actionTaken" label="Tindakan yang diambil (kendala)" error={e.actionTaken}>
        <textarea {...fieldAria("actionTaken", e.actionTaken)} name="actionTaken" rows={2} defaultValue={v.actionTaken} className={inputClass} />
      </Field>
      <Button type="submit" disabled={pending}>{note ? "Simpan perubahan" : "Simpan catatan"}</Button>
    </form>
  );
}
