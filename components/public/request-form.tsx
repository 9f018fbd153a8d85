"use client";
import { useActionState, useEffect, useRef, useState, useTransition, type ChangeEvent, type FormEvent } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionResult, type ActionResult } from "@/lib/action-result";
import { isChosenFile } from "@/lib/files/limits";
import { POWER_OF_ATTORNEY_FIELD, requestValuesFromEcho } from "@/lib/requests/form-data";
import { submitRequestAction } from "@/lib/requests/public-actions";
import { requestFormSchema, type RequestFormField, type RequestFormInput, type RequestFormValues } from "@/lib/requests/schema";
import { HONEYPOT_FIELD, SCRIPTED_SUBMIT_FIELD, SUBMISSION_KEY_FIELD } from "@/lib/requests/submission-key";
import { RequestFormApplicant } from "./request-form-applicant";
import { requestFormBindings } from "./request-form-bindings";
import { RequestFormProxy } from "./request-form-proxy";
import { RequestFormRequest } from "./request-form-request";
import styles from "./request-form.module.css";

const DEFAULTS: Partial<RequestFormValues> = { applicantType: "PERORANGAN", viaProxy: false, consent: false };

/**
 * The public request form. Validated in the browser with the shared schema, then posted (with the
 * file) to the server action, which validates again. Without JavaScript it still posts to the same
 * action. `submissionKey` identifies this form instance, so a replay cannot create a second request.
 */
export function RequestForm({ submissionKey }: { submissionKey: string }) {
  const [state, formAction, actionPending] = useActionState<ActionResult, FormData>(submitRequestAction, initialActionResult);
  const [transitionPending, startTransition] = useTransition();
  const inFlight = useRef(false); // blocks a second click before React re-renders the disabled button
  const initial = { ...DEFAULTS, ...requestValuesFromEcho(state.values) };

  const { register, handleSubmit, setValue, setError, formState } = useForm<RequestFormValues, unknown, RequestFormInput>({
    resolver: zodResolver(requestFormSchema),
    defaultValues: initial,
    mode: "onTouched",
  });

  // The server refused: release the button and put its messages at the fields they concern.
  useEffect(() => {
    inFlight.current = false;
    for (const [name, messages] of Object.entries(state.fieldErrors ?? {})) {
      if (messages?.[0]) setError(name as RequestFormField, { type: "server", message: messages[0] });
    }
  }, [state, setError]);

  // Until hydration (and always without JavaScript) the server's field errors are shown directly;
  // afterwards react-hook-form owns them (copied above) and clears each one once its field is fixed.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const errorOf = (name: RequestFormField) =>
    (formState.errors[name]?.message as string | undefined) ?? (hydrated ? undefined : state.fieldErrors?.[name]?.[0]);
  const bind = requestFormBindings(register, errorOf, initial);
  const busy = actionPending || transitionPending;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (inFlight.current || busy) return;
    inFlight.current = true;
    const form = event.currentTarget;
    void handleSubmit(
      () => {
        const data = new FormData(form);
        if (!isChosenFile(data.get(POWER_OF_ATTORNEY_FIELD))) data.delete(POWER_OF_ATTORNEY_FIELD);
        data.set(SCRIPTED_SUBMIT_FIELD, "1"); // the file input keeps its file: no "choose it again" note
        startTransition(() => formAction(data));
      },
      () => {
        inFlight.current = false;
      },
    )(event);
  };

  const onFileChange = (event: ChangeEvent<HTMLInputElement>) => {
    setValue(POWER_OF_ATTORNEY_FIELD, event.target.files?.[0], { shouldValidate: true });
  };

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
