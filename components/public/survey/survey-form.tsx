"use client";
import type { Path } from "react-hook-form";
import { HONEYPOT_FIELD, SUBMISSION_KEY_FIELD } from "@/lib/requests/submission-key";
import { submitSurveyAction } from "@/lib/survey/public-actions";
import { EDUCATION_OPTIONS, SEX_LABELS, surveySchema, surveyValuesFromEcho, type SurveyFormValues } from "@/lib/survey/schema";
import { UNSUR } from "@/lib/survey/unsur";
import { Button } from "@/components/ui/button";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useRequestFormSubmit } from "@/components/public/use-request-form-submit";
import { UnsurQuestion } from "./unsur-question";

type Name = Path<SurveyFormValues>;

/**
 * The SKM questionnaire: nine unsur on the 1–4 scale, respondent profile, service, suggestions.
 * Submitted like the request form (useRequestFormSubmit): checked in the browser with the same schema
 * as the server, focus on the first wrong field after a refusal. Works without JavaScript too.
 */
export function SurveyForm({ submissionKey, token, defaultService }: { submissionKey: string; token?: string; defaultService?: string }) {
  const { state, formAction, form, initial, busy, onSubmit, fieldError } = useRequestFormSubmit({
    action: submitSurveyAction,
    schema: surveySchema,
    initialValues: (echo) => surveyValuesFromEcho(echo, defaultService ?? "Permohonan informasi publik"),
  });
  const initialText = (name: Name) => (typeof initial[name] === "string" ? (initial[name] as string) : "");
  const text = (name: Name, hasHint = false) => ({ ...form.register(name), ...fieldAria(name, fieldError(name), hasHint), defaultValue: initialText(name) });
  const choice = (name: Name) => (value: string) => ({ ...form.register(name), defaultChecked: initial[name] === value });
  const quietField = { announceError: false } as const; // focus, not ten alerts, points to the wrong fields

  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-6" noValidate>
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" name={SUBMISSION_KEY_FIELD} value={submissionKey} />
      {token && <input type="hidden" name="token" value={token} />}
      <div aria-hidden="true" className="hidden">
        <label htmlFor="survey-website">Situs web</label>
        <input id="survey-website" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" />
      </div>

      <fieldset className="space-y-4 rounded-md border border-slate-200 p-4">
        <legend className="px-1 font-semibold">Profil responden</legend>
        <fieldset aria-describedby={fieldError("sex") ? "sex-error" : undefined} aria-invalid={fieldError("sex") ? true : undefined}>
          <legend className="text-sm font-medium text-slate-800">Jenis kelamin <span className="text-red-700">*</span></legend>
          <div className="mt-1 flex flex-wrap gap-4">
            {Object.entries(SEX_LABELS).map(([value, label]) => (
              <label key={value} className="flex items-center gap-2 text-sm">
                <input type="radio" value={value} {...choice("sex")(value)} aria-describedby={fieldError("sex") ? "sex-error" : undefined} /> {label}
              </label>
            ))}
          </div>
          {fieldError("sex") && <p id="sex-error" className="text-sm font-medium text-red-700">{fieldError("sex")}</p>}
        </fieldset>
        <Field id="age" label="Umur (tahun)" required error={fieldError("age")} {...quietField}>
          <input {...text("age")} type="number" inputMode="numeric" min={10} max={120} className={inputClass} />
        </Field>
        <Field id="education" label="Pendidikan terakhir" required error={fieldError("education")} {...quietField}>
          <select {...text("education")} className={inputClass}>
            <option value="">— Pilih —</option>
            {EDUCATION_OPTIONS.map((o) => <option key={o} value={o}>{o}</option>)}
          </select>
        </Field>
        <Field id="occupation" label="Pekerjaan" required error={fieldError("occupation")} {...quietField}>
          <input {...text("occupation")} className={inputClass} />
        </Field>
        <Field id="serviceReceived" label="Layanan yang diterima" required error={fieldError("serviceReceived")} {...quietField}>
          <input {...text("serviceReceived")} className={inputClass} />
        </Field>
      </fieldset>

      <fieldset className="space-y-4 rounded-md border border-slate-200 p-4">
        <legend className="px-1 font-semibold">Pendapat Saudara tentang pelayanan</legend>
        {UNSUR.map((unsur) => {
          const name = unsur.code.toLowerCase() as Name;
          return <UnsurQuestion key={unsur.code} unsur={unsur} name={name} error={fieldError(name)} inputProps={choice(name)} />;
        })}
      </fieldset>

      <Field id="suggestion" label="Saran dan masukan" hint="Tidak wajib. Jangan menuliskan data pribadi." error={fieldError("suggestion")} {...quietField}>
        <textarea {...text("suggestion", true)} rows={4} className={inputClass} />
      </Field>
      <Button type="submit" disabled={busy} aria-disabled={busy}>{busy ? "Mengirim…" : "Kirim jawaban survei"}</Button>
    </form>
  );
}
