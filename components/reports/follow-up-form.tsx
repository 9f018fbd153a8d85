"use client";
import { useActionState } from "react";
import { initialActionResult } from "@/lib/action-result";
import { addSurveyFollowUpAction } from "@/lib/survey/staff-actions";
import { UNSUR } from "@/lib/survey/unsur";
import { Button } from "@/components/ui/button";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFocusFirstError } from "@/components/forms/use-focus-first-error";

/** Rencana tindak lanjut for a (weak) unsur of the chosen SKM period. */
export function FollowUpForm({ period, weak }: { period: string; weak: string[] }) {
  const [state, action, pending] = useActionState(addSurveyFollowUpAction, initialActionResult);
  useFocusFirstError(state);
  const v = state.ok ? {} : (state.values ?? {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-3 rounded-lg border border-slate-200 p-4">
      <h2 className="font-semibold">Tambah rencana tindak lanjut</h2>
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" name="period" value={period} />
      <Field id="unsurCode" label="Unsur" required error={e.unsurCode}>
        <select key={v.unsurCode ?? ""} {...fieldAria("unsurCode", e.unsurCode)} name="unsurCode" defaultValue={v.unsurCode ?? weak[0] ?? ""} className={inputClass}>
          <option value="">— Pilih —</option>
          {UNSUR.map((u) => <option key={u.code} value={u.code}>{u.code} {u.name}{weak.includes(u.code) ? " (perlu perbaikan)" : ""}</option>)}
        </select>
      </Field>
      <Field id="plan" label="Rencana tindak lanjut" required error={e.plan}>
        <textarea {...fieldAria("plan", e.plan)} name="plan" rows={3} defaultValue={v.plan} className={inputClass} />
      </Field>
      <Field id="responsible" label="Penanggung jawab" required error={e.responsible}>
        <input {...fieldAria("responsible", e.responsible)} name="responsible" defaultValue={v.responsible} className={inputClass} />
      </Field>
      <Field id="targetDate" label="Target selesai (opsional)" error={e.targetDate}>
        <input {...fieldAria("targetDate", e.targetDate)} type="date" name="targetDate" defaultValue={v.targetDate} className={inputClass} />
      </Field>
      <Button type="submit" disabled={pending}>Simpan rencana</Button>
    </form>
  );
}
