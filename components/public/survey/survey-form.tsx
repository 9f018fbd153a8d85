"use client";
import { useActionState } from "react";
import { initialActionResult } from "@/lib/action-result";
import { HONEYPOT_FIELD, SUBMISSION_KEY_FIELD } from "@/lib/requests/submission-key";
import { submitSurveyAction } from "@/lib/survey/public-actions";
import { EDUCATION_OPTIONS, SEX_LABELS } from "@/lib/survey/schema";
import { UNSUR } from "@/lib/survey/unsur";
import { Button } from "@/components/ui/button";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { UnsurQuestion } from "./unsur-question";

/** The SKM questionnaire: nine unsur on the 1–4 scale, respondent profile, service, suggestions. */
export function SurveyForm({ submissionKey, token, defaultService }: { submissionKey: string; token?: string; defaultService?: string }) {
  const [state, formAction, pending] = useActionState(submitSurveyAction, initialActionResult);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" name={SUBMISSION_KEY_FIELD} value={submissionKey} />
      {token && <input type="hidden" name="token" value={token} />}
      <div aria-hidden="true" className="hidden">
        <label htmlFor="survey-website">Situs web</label>
        <input id="survey-website" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" />
      </div>

      <fieldset className="space-y-4 rounded-md border border-slate-200 p-4">
        <legend className="px-1 font-semibold">Profil responden</legend>
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">Jenis kelamin <span className="text-red-700">*</span></legend>
          <div className="mt-1 flex flex-wrap gap-4" {...fieldAria("sex", e.sex)} role="radiogroup">
            {Object.entries(SEX_LABELS).map(([value, label]) => (
              <label key={value} className="flex items-center gap-2 text-sm">
                <input type="radio" name="sex" value={value} defaultChecked={v.sex === value} /> {label}
              </label>
            ))}
          </div>
          {e.sex && <p id="sex-error" role="alert" className="text-sm font-medium text-red-700">{e.sex[0]}</p>}
        </fieldset>
        <Field id="age" label="Umur (tahun)" required error={e.age}>
          <input {...fieldAria("age", e.age)} name="age" type="number" inputMode="numeric" min={10} max={120} defaultValue={v.age} className={inputClass} />
        </Field>
        <Field id="education" label="Pendidikan terakhir" required error={e.education}>
          <select key={v.education ?? ""} {...fieldAria("education", e.education)} name="education" defaultValue={v.education ?? ""} className={inputClass}>
            <option value="">— Pilih —</option>
            {EDUCATION_OPTIONS.map((o) => <option key={o} value={o}>{o}</option>)}
          </select>
        </Field>
        <Field id="occupation" label="Pekerjaan" required error={e.occupation}>
          <input {...fieldAria("occupation", e.occupation)} name="occupation" defaultValue={v.occupation} className={inputClass} />
        </Field>
        <Field id="serviceReceived" label="Layanan yang diterima" required error={e.serviceReceived}>
          <input {...fieldAria("serviceReceived", e.serviceReceived)} name="serviceReceived" defaultValue={v.serviceReceived ?? defaultService ?? "Permohonan informasi publik"} className={inputClass} />
        </Field>
      </fieldset>

      <fieldset className="space-y-4 rounded-md border border-slate-200 p-4">
        <legend className="px-1 font-semibold">Pendapat Saudara tentang pelayanan</legend>
        {UNSUR.map((unsur) => {
          const name = unsur.code.toLowerCase();
          return <UnsurQuestion key={unsur.code} unsur={unsur} name={name} value={v[name]} error={e[name]?.[0]} />;
        })}
      </fieldset>

      <Field id="suggestion" label="Saran dan masukan" hint="Tidak wajib. Jangan menuliskan data pribadi." error={e.suggestion}>
        <textarea {...fieldAria("suggestion", e.suggestion, true)} name="suggestion" rows={4} defaultValue={v.suggestion} className={inputClass} />
      </Field>
      <Button type="submit" disabled={pending}>{pending ? "Mengirim…" : "Kirim jawaban survei"}</Button>
    </form>
  );
}
