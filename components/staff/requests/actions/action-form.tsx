"use client";
import { useActionState, useState, type ReactNode } from "react";
import { initialActionResult, type ActionResult } from "@/lib/action-result";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useFocusFirstError } from "@/components/forms/use-focus-first-error";

export type RequestFormAction = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

/** State of one action form: the last result, plus helpers to read its field errors and echoed values. */
export function useRequestAction(action: RequestFormAction) {
  const [state, formAction, pending] = useActionState(action, initialActionResult);
  useFocusFirstError(state);
  // React resets a form after its action; <select> would fall back to its first option instead of the
  // echoed value. A new key per result remounts the fields with the echoed values as defaults.
  const [shown, setShown] = useState(state);
  const [resultKey, setResultKey] = useState(0);
  if (shown !== state) {
    setShown(state);
    setResultKey((k) => k + 1);
  }
  return {
    resultKey,
    state,
    formAction,
    pending,
    error: (field: string) => state.fieldErrors?.[field],
    value: (field: string, fallback = "") => state.values?.[field] ?? fallback,
  };
}

/** The frame every request action shares: heading, result message, hidden request id, submit button. */
export function ActionFormShell({
  title,
  description,
  requestId,
  form,
  submitLabel,
  variant = "primary",
  children,
}: {
  title: string;
  description?: ReactNode;
  requestId: string;
  form: ReturnType<typeof useRequestAction>;
  submitLabel: string;
  variant?: ButtonVariant;
  children?: ReactNode;
}) {
  const headingId = `${title.replace(/\W+/g, "-").toLowerCase()}-judul`;
  return (
    <form key={form.resultKey} action={form.formAction} noValidate aria-labelledby={headingId} className="space-y-3 rounded-md border border-slate-200 p-4">
      <h3 id={headingId} className="font-semibold text-slate-900">
        {title}
      </h3>
      {description && <p className="text-sm text-slate-700">{description}</p>}
      <FormMessage ok={form.state.ok} message={form.state.message} />
      <input type="hidden" name="requestId" value={requestId} />
      {children}
      <Button type="submit" variant={variant} disabled={form.pending}>
        {form.pending ? "Menyimpan…" : submitLabel}
      </Button>
    </form>
  );
}
