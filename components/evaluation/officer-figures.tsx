import { cellText, type ReportCell } from "@/lib/reports/report-cell";
import type { ReportTable } from "@/lib/reports/report-tables";

/** One officer's row of the report's "Kinerja petugas" table as label/value pairs (same cells as the report). */
export function OfficerFigures({ table, row }: { table: ReportTable; row: ReportCell[] }) {
  return (
    <dl className="grid gap-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-3" data-testid="officer-figures">
      {table.header.slice(1).map((label, i) => (
        <div key={label}>
          <dt className="text-slate-600">{label}</dt>
          <dd className="font-semibold">{cellText(row[i + 1])}</dd>
        </div>
      ))}
    </dl>
  );
}
