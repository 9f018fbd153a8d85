import type { InputHTMLAttributes, ReactNode } from "react";

/**
 * Radio buttons (or checkboxes) with a legend, hint and error, wired for screen readers.
 * `inputProps(value)` returns the props of each input (e.g. react-hook-form's register + defaultChecked).
 */
export function ChoiceGroup({
  name,
  legend,
  options,
  inputProps,
  hint,
  error,
  required,
  type = "radio",
  announceError = true,
}: {
  name: string;
  legend: ReactNode;
  options: { value: string; label: ReactNode }[];
  inputProps: (value: string) => InputHTMLAttributes<HTMLInputElement>;
  hint?: ReactNode;
  error?: string | string[];
  required?: boolean;
  type?: "radio" | "checkbox";
  /** As on Field: false in a form that moves focus to its first wrong field. */
  announceError?: boolean;
}) {
  const message = Array.isArray(error) ? error[0] : error;
  const describedBy = [hint ? `${name}-hint` : null, message ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className="space-y-2" aria-describedby={describedBy} aria-invalid={message ? true : undefined}>
      <legend className="text-sm font-medium text-slate-800">
        {legend}
        {required && <span className="text-red-700"> *</span>}
      </legend>
      {hint && (
        <p id={`${name}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      <div className="grid gap-2 sm:grid-cols-2">
        {options.map((option) => (
          <label
            key={option.value}
            className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
          >
            <input type={type} value={option.value} className="h-4 w-4 accent-brand-700" {...inputProps(option.value)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {message && (
        <p id={`${name}-error`} role={announceError ? "alert" : undefined} className="text-sm font-medium text-red-700">
          {message}
        </p>
      )}
    </fieldset>
  );
}
