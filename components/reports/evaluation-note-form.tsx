"use client";
import { useActionState } from "react";
import { initialActionResult } from "@/lib/action-result";
import { addEvaluationNoteAction } from "@/lib/survey/staff-actions";
import { Button } from "@/components/ui/button";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

/** Records a kendala (category, description, impact, action taken) or a recommendation. */
export function EvaluationNoteForm({ today }: { today: string }) {
  const [state, action, pending] = useActionState(addEvaluationNoteAction, initialActionResult);
  const v = state.ok ? {} : (state.values ?? {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-3 rounded-lg border border-slate-200 p-4">
      <h2 className="font-semibold">Catat kendala atau rekomendasi</h2>
      <FormMessage ok={state.ok} message={state.message} />
      <Field id="kind" label="Jenis" required error={e.kind}>
        <select key={v.kind ?? ""} {...fieldAria("kind", e.kind)} name="kind" defaultValue={v.kind ?? "KENDALA"} className={inputClass}>
          <option value="KENDALA">Kendala</option>
          <option value="REKOMENDASI">Rekomendasi</option>
        </select>
      </Field>
      <Field id="occurredOn" label="Tanggal" required error={e.occurredOn}>
        <input {...fieldAria("occurredOn", e.occurredOn)} type="date" name="occurredOn" defaultValue={v.occurredOn ?? today} className={inputClass} />
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
      <Button type="submit" disabled={pending}>Simpan catatan</Button>
    </form>
  );
}
