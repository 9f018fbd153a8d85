import type { Unsur } from "@/lib/survey/unsur";

/** One unsur: its question and four answers worded for that unsur (score 1–4). */
export function UnsurQuestion({ unsur, name, value, error }: { unsur: Unsur; name: string; value?: string; error?: string }) {
  const errorId = `${name}-error`;
  return (
    <fieldset aria-describedby={error ? errorId : undefined} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium text-slate-800">
        {unsur.code.replace("U", "")}. {unsur.question} <span className="text-red-700">*</span>
      </legend>
      <div className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-4">
        {unsur.scale.map((label, index) => (
          <label key={label} className="flex items-center gap-2 rounded border border-slate-200 px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
            <input type="radio" name={name} value={index + 1} defaultChecked={value === String(index + 1)} />
            <span>{label}</span>
          </label>
        ))}
      </div>
      {error && <p id={errorId} role="alert" className="mt-1 text-sm font-medium text-red-700">{error}</p>}
    </fieldset>
  );
}
