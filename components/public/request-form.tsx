"use client";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { requestValuesFromEcho } from "@/lib/requests/form-data";
import { submitRequestAction } from "@/lib/requests/public-actions";
import { requestFormSchema, type RequestFormValues } from "@/lib/requests/schema";
import { HONEYPOT_FIELD, SUBMISSION_KEY_FIELD } from "@/lib/requests/submission-key";
import { RequestFormApplicant } from "./request-form-applicant";
import { requestFormBindings } from "./request-form-bindings";
import { RequestFormProxy } from "./request-form-proxy";
import { RequestFormRequest } from "./request-form-request";
import { useRequestFormSubmit } from "./use-request-form-submit";
import styles from "./request-form.module.css";

const DEFAULTS: Partial<RequestFormValues> = { applicantType: "PERORANGAN", viaProxy: false, consent: false };

/**
 * The public request form (submission: useRequestFormSubmit). Without JavaScript it still posts to
 * the same action. `submissionKey` identifies this form instance, so a replay cannot create a second request.
 */
export function RequestForm({ submissionKey }: { submissionKey: string }) {
  const { state, formAction, form, initial, busy, onSubmit, onFileChange, fieldError } = useRequestFormSubmit({
    action: submitRequestAction,
    schema: requestFormSchema,
    initialValues: (echo) => ({ ...DEFAULTS, ...requestValuesFromEcho(echo) }),
  });
  const bind = requestFormBindings(form.register, fieldError, initial);

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className={`${styles.form} space-y-8`}>
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" name={SUBMISSION_KEY_FIELD} value={submissionKey} />
      <div className={styles.honeypot} aria-hidden="true">
        <label htmlFor={HONEYPOT_FIELD}>Jangan isi kolom ini</label>
        <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <RequestFormApplicant bind={bind} />
      <RequestFormRequest bind={bind} />
      <RequestFormProxy bind={bind} onFileChange={onFileChange} />
      <div className="space-y-2 border-t border-slate-200 pt-4">
        <Button type="submit" disabled={busy} aria-disabled={busy} className="w-full sm:w-auto">
          {busy ? "Mengirim permohonan…" : "Kirim permohonan"}
        </Button>
        <p className="text-xs text-slate-600">Kolom bertanda * wajib diisi. Tombol dinonaktifkan selama pengiriman agar permohonan tidak terkirim dua kali.</p>
      </div>
    </form>
  );
}
