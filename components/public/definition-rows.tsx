import type { ReactNode } from "react";

/** A label/value list that stays readable on a 360px phone and on paper. */
export function DefinitionRows({ rows }: { rows: { label: string; value: ReactNode }[] }) {
  return (
    <dl className="divide-y divide-slate-200 border-y border-slate-200">
      {rows.map((row) => (
        <div key={row.label} className="grid gap-1 py-2 sm:grid-cols-[14rem_1fr] sm:gap-4 print:grid-cols-[14rem_1fr]">
          <dt className="text-sm font-medium text-slate-600">{row.label}</dt>
          <dd className="whitespace-pre-line break-words text-slate-900">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
