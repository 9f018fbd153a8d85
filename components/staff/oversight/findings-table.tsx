import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/format/dates";
import { FINDING_STATUS_LABELS, SEVERITY_LABELS } from "@/lib/internal-audit/labels";
import type { FindingSeverity, FindingStatus } from "@/lib/generated/prisma/enums";
import { todayInOffice } from "@/lib/guides/today";

export type FindingRow = {
  id: string;
  title: string;
  severity: FindingSeverity;
  status: FindingStatus;
  dueDate: Date;
  owner: { name: string };
  audit?: { period: string; revision: number };
};

const SEVERITY_TONE = { RENDAH: "neutral", SEDANG: "warning", TINGGI: "danger" } as const;

export function FindingsTable({ rows, caption, empty }: { rows: FindingRow[]; caption: string; empty: string }) {
  if (rows.length === 0) return <p className="text-sm text-slate-700">{empty}</p>;
  const today = todayInOffice().getTime();
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200">
            <th scope="col" className="py-2 pr-3">Temuan</th>
            <th scope="col" className="py-2 pr-3">Tingkat</th>
            <th scope="col" className="py-2 pr-3">Penanggung jawab</th>
            <th scope="col" className="py-2 pr-3">Batas waktu</th>
            <th scope="col" className="py-2">Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((f) => (
            <tr key={f.id} className="border-b border-slate-100 align-top">
              <td className="py-2 pr-3">
                <Link href={`/staf/temuan/${f.id}`}>{f.title}</Link>
                {f.audit && <span className="block text-xs text-slate-600">Audit {f.audit.period} (revisi {f.audit.revision})</span>}
              </td>
              <td className="py-2 pr-3"><Badge tone={SEVERITY_TONE[f.severity]}>{SEVERITY_LABELS[f.severity]}</Badge></td>
              <td className="py-2 pr-3">{f.owner.name}</td>
              <td className="py-2 pr-3 whitespace-nowrap">
                {formatDate(f.dueDate)}
                {f.status === "TERBUKA" && f.dueDate.getTime() < today && <span className="ml-1"><Badge tone="danger">Lewat batas</Badge></span>}
              </td>
              <td className="py-2">{FINDING_STATUS_LABELS[f.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
