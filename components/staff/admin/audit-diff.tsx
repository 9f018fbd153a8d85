import { auditFieldLabel, auditValueText } from "@/lib/audit/field-labels";
import { diffJson, type DiffChange } from "@/lib/audit/json-diff";

const CHANGE_LABELS: Record<DiffChange, string> = { added: "ditambah", removed: "dihapus", changed: "diubah", unchanged: "tetap" };
const CHANGE_STYLES: Record<DiffChange, string> = {
  added: "bg-green-50",
  removed: "bg-red-50",
  changed: "bg-amber-50",
  unchanged: "",
};

/** Before/after of one audit entry as a table of changed fields. */
export function AuditDiff({ before, after, timeZone }: { before: unknown; after: unknown; timeZone?: string }) {
  const rows = diffJson(before, after);
  if (rows.length === 0) return <p className="text-sm text-slate-600">Tidak ada data sebelum/sesudah.</p>;
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full min-w-[32rem] text-left text-xs">
        <thead className="text-slate-700">
          <tr>
            <th scope="col" className="py-1 pr-2">Kolom</th>
            <th scope="col" className="py-1 pr-2">Sebelum</th>
            <th scope="col" className="py-1 pr-2">Sesudah</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.path} className={`border-t border-slate-100 align-top ${CHANGE_STYLES[row.change]}`}>
              <th scope="row" className="py-1 pr-2 font-normal">
                <span title={row.path}>{auditFieldLabel(row.path)}</span> <span className="sr-only">({CHANGE_LABELS[row.change]})</span>
              </th>
              <td className="max-w-xs break-words py-1 pr-2">{auditValueText(row.path, row.before, timeZone) ?? "—"}</td>
              <td className="max-w-xs break-words py-1 pr-2">{auditValueText(row.path, row.after, timeZone) ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
