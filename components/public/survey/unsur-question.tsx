import type { InputHTMLAttributes } from "react";
import type { Unsur } from "@/lib/survey/unsur";

/**
 * One unsur: its question and four answers worded for that unsur (score 1–4). `inputProps(score)`
 * gives each radio its registration and initial state. The error is not an alert: after a failed
 * submit focus moves to the first wrong question, whose description carries it.
 */
export function UnsurQuestion({ unsur, name, error, inputProps }: {
  unsur: Unsur;
  name: string;
  error?: string;
  inputProps: (score: string) => InputHTMLAttributes<HTMLInputElement>;
}) {
  const errorId = `${name}-error`;
  return (
    <fieldset aria-describedby={error ? errorId : undefined} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium text-slate-800">
        {unsur.code.replace("U", "")}. {unsur.question} <span className="text-red-700">*</span>
      </legend>
      <div className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-4">
        {unsur.scale.map((label, index) => (
          <label key={label} className="flex items-center gap-2 rounded border border-slate-200 px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
            <input type="radio" value={index + 1} {...inputProps(String(index + 1))} aria-describedby={error ? errorId : undefined} />
            <span>{label}</span>
          </label>
        ))}
      </div>
      {error && <p id={errorId} className="mt-1 text-sm font-medium text-red-700">{error}</p>}
    </fieldset>
  );
}
