"use client";
import { useActionState, useEffect, useRef, useTransition, type ChangeEvent, type FormEvent } from "react";
import { useForm, type UseFormRegister } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionResult, type ActionResult } from "@/lib/action-result";
import { POWER_OF_ATTORNEY_FIELD, requestValuesFromEcho } from "@/lib/requests/form-data";
import { registerOfflineRequestAction } from "@/lib/requests/offline-actions";
import { offlineRequestSchema, type OfflineRequestField, type OfflineRequestInput, type OfflineRequestValues } from "@/lib/requests/offline-schema";
import type { RequestFormField, RequestFormValues } from "@/lib/requests/schema";
import { SCRIPTED_SUBMIT_FIELD, SUBMISSION_KEY_FIELD } from "@/lib/requests/submission-key";
import { RequestFormApplicant } from "@/components/public/request-form-applicant";
import { RequestFormRequest } from "@/components/public/request-form-request";
import { requestFormBindings } from "@/components/public/request-form-bindings";
import styles from "@/components/public/request-form.module.css";
import { OfflineReceiptFields } from "./offline-receipt-fields";
import { OfflineProxyConsent } from "./offline-proxy-consent";

/**
 * Staff form for a request received offline: the public form's sections (same schema, same fields)
 * plus channel and time of receipt. Checked in the browser, then again by the server action.
 */
export function OfflineRequestForm({ submissionKey, nowLocal }: { submissionKey: string; nowLocal: string }) {
  const [state, formAction, actionPending] = useActionState<ActionResult, FormData>(registerOfflineRequestAction, initialActionResult);
  const [transitionPending, startTransition] = useTransition();
  const inFlight = useRef(false);
  const echoed = state.values ?? {};
  const initial: Partial<OfflineRequestValues> = {
    applicantType: "PERORANGAN",
    viaProxy: false,
    consent: false,
    receivedAt: nowLocal,
    ...requestValuesFromEcho(state.values),
    ...(echoed.channel ? { channel: echoed.channel as OfflineRequestValues["channel"] } : {}),
    ...(echoed.receivedAt !== undefined ? { receivedAt: echoed.receivedAt } : {}),
  };

  const { register, handleSubmit, setValue, setError, formState } = useForm<OfflineRequestValues, unknown, OfflineRequestInput>({
    resolver: zodResolver(offlineRequestSchema),
    defaultValues: initial,
    mode: "onTouched",
  });

  useEffect(() => {
    inFlight.current = false;
    for (const [name, messages] of Object.entries(state.fieldErrors ?? {})) {
      if (messages?.[0]) setError(name as OfflineRequestField, { type: "server", message: messages[0] });
    }
  }, [state, setError]);

  const errorOf = (name: RequestFormField) => formState.errors[name as OfflineRequestField]?.message as string | undefined;
  // The public sections are typed for the public schema; the staff schema is a superset of it.
  const bind = requestFormBindings(register as unknown as UseFormRegister<RequestFormValues>, errorOf, initial as Partial<RequestFormValues>);
  const busy = actionPending || transitionPending;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (inFlight.current || busy) return;
    inFlight.current = true;
    const form = event.currentTarget;
    void handleSubmit(
      () => {
        const data = new FormData(form);
        data.set(SCRIPTED_SUBMIT_FIELD, "1");
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
      <OfflineReceiptFields bind={bind} nowLocal={nowLocal} />
      <RequestFormApplicant bind={bind} />
      <RequestFormRequest bind={bind} />
      <OfflineProxyConsent bind={bind} onFileChange={onFileChange} />
      <div className="border-t border-slate-200 pt-4">
        <Button type="submit" disabled={busy} aria-disabled={busy}>
          {busy ? "Menyimpan…" : "Catat permohonan"}
        </Button>
      </div>
    </form>
  );
}
