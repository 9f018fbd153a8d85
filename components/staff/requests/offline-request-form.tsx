"use client";
import type { UseFormRegister } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { requestValuesFromEcho } from "@/lib/requests/form-data";
import { registerOfflineRequestAction } from "@/lib/requests/offline-actions";
import { offlineRequestSchema, type OfflineRequestField, type OfflineRequestValues } from "@/lib/requests/offline-schema";
import type { RequestFormField, RequestFormValues } from "@/lib/requests/schema";
import { SUBMISSION_KEY_FIELD } from "@/lib/requests/submission-key";
import { RequestFormApplicant } from "@/components/public/request-form-applicant";
import { RequestFormRequest } from "@/components/public/request-form-request";
import { requestFormBindings } from "@/components/public/request-form-bindings";
import { useRequestFormSubmit } from "@/components/public/use-request-form-submit";
import styles from "@/components/public/request-form.module.css";
import { OfflineReceiptFields } from "./offline-receipt-fields";
import { OfflineProxyConsent } from "./offline-proxy-consent";

/**
 * Staff form for a request received offline: the public form's sections (same schema, same fields)
 * plus channel and time of receipt. Checked in the browser, then again by the server action.
 */
export function OfflineRequestForm({ submissionKey, nowLocal }: { submissionKey: string; nowLocal: string }) {
  const { state, formAction, form, initial, busy, onSubmit, onFileChange } = useRequestFormSubmit({
    action: registerOfflineRequestAction,
    schema: offlineRequestSchema,
    initialValues: (echo): Partial<OfflineRequestValues> => ({
      applicantType: "PERORANGAN",
      viaProxy: false,
      consent: false,
      receivedAt: nowLocal,
      ...requestValuesFromEcho(echo),
      ...(echo?.channel ? { channel: echo.channel as OfflineRequestValues["channel"] } : {}),
      ...(echo?.receivedAt !== undefined ? { receivedAt: echo.receivedAt } : {}),
    }),
  });

  const errorOf = (name: RequestFormField) => form.formState.errors[name as OfflineRequestField]?.message as string | undefined;
  // The public sections are typed for the public schema; the staff schema is a superset of it.
  const bind = requestFormBindings(form.register as unknown as UseFormRegister<RequestFormValues>, errorOf, initial as Partial<RequestFormValues>);

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
