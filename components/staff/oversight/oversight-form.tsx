"use client";
import type { ReactNode } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useRequestAction, type RequestFormAction } from "@/components/staff/requests/actions/action-form";

export { useRequestAction as useOversightAction };
export type { RequestFormAction as OversightAction };

/** Frame shared by the oversight forms: heading, result message, hidden ids, submit button. */
export function OversightForm({
  title,
  description,
  hidden = {},
  form,
  submitLabel,
  variant = "primary",
  children,
}: {
  title: string;
  description?: ReactNode;
  hidden?: Record<string, string>;
  form: ReturnType<typeof useRequestAction>;
  submitLabel: string;
  variant?: ButtonVariant;
  children?: ReactNode;
}) {
  const headingId = `${title.replace(/\W+/g, "-").toLowerCase()}-${Object.values(hidden).join("-")}-judul`;
  return (
    <form key={form.resultKey} action={form.formAction} noValidate aria-labelledby={headingId} className="space-y-3 rounded-md border border-slate-200 p-4">
      <h3 id={headingId} className="font-semibold text-slate-900">
        {title}
      </h3>
      {description && <div className="text-sm text-slate-700">{description}</div>}
      <FormMessage ok={form.state.ok} message={form.state.message} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <Button type="submit" variant={variant} disabled={form.pending}>
        {form.pending ? "Menyimpan…" : submitLabel}
      </Button>
    </form>
  );
}
