import { Badge } from "@/components/ui/badge";
import type { CoverageRow } from "@/lib/catalogue/coverage";

const STATE = {
  ADA: { tone: "success", label: "Tersedia dan mutakhir" },
  USANG: { tone: "warning", label: "Tersedia, perlu diperbarui" },
  KOSONG: { tone: "danger", label: "Belum tersedia" },
} as const;

/** Which mandatory kinds (Pasal 9, Pasal 11) have a current published item. */
export function CoverageList({ rows }: { rows: CoverageRow[] }) {
  const covered = rows.filter((r) => r.state === "ADA").length;
  return (
    <div className="space-y-2">
      <p className="text-sm">
        <strong>{covered}</strong> dari <strong>{rows.length}</strong> jenis informasi wajib tersedia dan mutakhir.
      </p>
      <ul className="divide-y divide-slate-200 text-sm">
        {rows.map((row) => (
          <li key={row.id} className="flex flex-col gap-1 py-2 sm:flex-row sm:items-center sm:justify-between" data-coverage={row.code}>
            <span>
              {row.title} <span className="text-xs text-slate-600">({row.legalBasis})</span>
            </span>
            <Badge tone={STATE[row.state].tone}>{STATE[row.state].label}</Badge>
          </li>
        ))}
      </ul>
    </div>
  );
}
