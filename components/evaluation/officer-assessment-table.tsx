import Link from "next/link";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { OfficerReportRow } from "@/lib/reports/officer-rows";
import { cellText } from "@/lib/reports/report-cell";
import type { ReportTable } from "@/lib/reports/report-tables";

const cell = "border border-slate-300 px-2 py-1";

type Props = { table: ReportTable; officers: OfficerReportRow[]; period: string; assessable: ReadonlySet<string> };

/** The officers of a period with the report's own cells (figures and rubric) and a link to score or read them. */
export function OfficerAssessmentTable({ table, officers, period, assessable }: Props) {
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full min-w-[48rem] border-collapse text-sm" data-testid="officer-assessments">
        <thead>
          <tr>
            {table.header.map((h) => <th key={h} className={`${cell} bg-slate-100 text-left`}>{h}</th>)}
            <th className={`${cell} bg-slate-100 text-left`}>Penilaian</th>
          </tr>
        </thead>
        <tbody>
          {officers.length === 0 && <tr><td colSpan={table.header.length + 1} className={cell}>Belum ada petugas.</td></tr>}
          {officers.map((o, i) => (
            <tr key={o.officerId}>
              <td className={cell}>
                {o.name}
                {o.role && <span className="block text-xs text-slate-600">{ROLE_LABELS[o.role]}</span>}
              </td>
              {table.rows[i].slice(1).map((value, j) => <td key={j} className={cell}>{cellText(value)}</td>)}
              <td className={cell}>
                <Link href={`/staf/evaluasi/kinerja/${o.officerId}?periode=${period}`}>
                  {assessable.has(o.officerId) && o.rubric?.status !== "FINAL" ? <>Nilai<span className="sr-only"> kinerja {o.name}</span></> : <>Buka<span className="sr-only"> penilaian {o.name}</span></>}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
