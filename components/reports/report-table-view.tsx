import { cellText } from "@/lib/reports/report-cell";
import type { ReportTable } from "@/lib/reports/report-tables";

/** One report table, on screen and in the browser's print of the report page. */
export function ReportTableView({ table, children }: { table: ReportTable; children?: React.ReactNode }) {
  return (
    <section aria-labelledby={`t-${table.id}`} className="break-inside-avoid space-y-2">
      <h2 id={`t-${table.id}`} className="text-lg font-semibold">{table.title}</h2>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[24rem] border-collapse text-sm" data-testid={`table-${table.id}`}>
          <thead><tr>{table.header.map((h) => <th key={h} className="border border-slate-400 bg-slate-100 px-2 py-1 text-left">{h}</th>)}</tr></thead>
          <tbody>
            {table.rows.length === 0 && <tr><td colSpan={table.header.length} className="border border-slate-300 px-2 py-1">Tidak ada.</td></tr>}
            {table.rows.map((row, i) => (
              <tr key={i}>{row.map((cell, j) => <td key={j} className="whitespace-pre-line border border-slate-300 px-2 py-1 [overflow-wrap:anywhere]">{cellText(cell)}</td>)}</tr>
            ))}
          </tbody>
        </table>
      </div>
      {children}
    </section>
  );
}
