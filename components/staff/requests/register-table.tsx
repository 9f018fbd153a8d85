import Link from "next/link";
import { formatDate } from "@/lib/format/dates";
import { formatRupiah } from "@/lib/format/rupiah";
import { REGISTER_COLUMNS, type RegisterRow } from "@/lib/requests/register-columns";

const COST_COLUMN = "Biaya (Rp)";

/** The register permohonan as a wide table (same columns and cells as the CSV export). */
export function RegisterTable({ rows, caption }: { rows: RegisterRow[]; caption: string }) {
  if (rows.length === 0) return <p className="rounded-md border border-slate-200 bg-white p-4 text-sm">Tidak ada permohonan pada periode ini.</p>;
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="text-left text-xs">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            {REGISTER_COLUMNS.map((c) => (
              <th key={c.header} scope="col" className="min-w-36 px-2 py-2 align-bottom">{c.header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-slate-100 align-top">
              {REGISTER_COLUMNS.map((c, i) => {
                const value = c.cell(row, (date) => formatDate(date));
                const text = c.header === COST_COLUMN && typeof value === "number" ? formatRupiah(value) : value;
                return (
                  <td key={c.header} className={`min-w-36 max-w-64 break-words px-2 py-2 ${i < 2 ? "whitespace-nowrap" : "whitespace-pre-line"}`}>
                    {i === 0 ? <Link href={`/staf/permohonan/${row.id}`}>{text}</Link> : text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
