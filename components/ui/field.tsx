import type { ReactNode } from "react";

export const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm aria-[invalid=true]:border-red-600 focus:border-brand-600";

/**
 * Label + control + hint + error, wired for screen readers (the control gets aria-describedby).
 * The error is announced as an alert unless `announceError` is false: a form that moves focus to
 * its first wrong field (useRequestFormSubmit) lets that field's description speak instead of one
 * alert per field at once.
 */
export function Field({
  id,
  label,
  hint,
  error,
  required,
  announceError = true,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | string[];
  required?: boolean;
  announceError?: boolean;
  children: ReactNode;
}) {
  const message = Array.isArray(error) ? error[0] : error;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {required && <span className="text-red-700"> *</span>}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {message && (
        <p id={`${id}-error`} role={announceError ? "alert" : undefined} className="text-sm font-medium text-red-700">
          {message}
        </p>
      )}
    </div>
  );
}

/** aria attributes for a control inside <Field>. */
export function fieldAria(id: string, error?: string | string[], hint?: boolean) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return { id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy || undefined };
}
