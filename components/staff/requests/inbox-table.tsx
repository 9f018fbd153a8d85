import Link from "next/link";
import { formatDate } from "@/lib/format/dates";
import { CHANNEL_LABELS } from "@/lib/requests/labels";
import type { InboxDates, InboxRow } from "@/lib/requests/inbox-query";
import { StatusBadge } from "./status-badge";
import { DueBadge } from "./due-badge";

const shorten = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function InboxTable({ rows, dates, caption, empty = "Tidak ada permohonan yang cocok." }: { rows: InboxRow[]; dates: InboxDates; caption: string; empty?: string }) {
  if (rows.length === 0) return <p className="rounded-md border border-slate-200 bg-white p-4 text-sm">{empty}</p>;
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[48rem] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">Nomor</th>
            <th scope="col" className="px-3 py-2">Pemohon</th>
            <th scope="col" className="px-3 py-2">Informasi yang diminta</th>
            <th scope="col" className="px-3 py-2">Status</th>
            <th scope="col" className="px-3 py-2">Tenggat</th>
            <th scope="col" className="px-3 py-2">Petugas</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-slate-100 align-top">
              <td className="px-3 py-2 whitespace-nowrap">
                <Link href={`/staf/permohonan/${row.id}`} className="font-medium">{row.registrationNumber}</Link>
                <div className="text-xs text-slate-600">{formatDate(row.receivedAt)} · {CHANNEL_LABELS[row.channel]}</div>
              </td>
              <td className="px-3 py-2">{row.applicantName}</td>
              <td className="px-3 py-2">{shorten(row.informationRequested)}</td>
              <td className="px-3 py-2"><StatusBadge status={row.status} /></td>
              <td className="px-3 py-2">
                <DueBadge dueDate={row.dueDate} status={row.status} dates={dates} />
                {row.extendedAt && <div className="text-xs text-slate-600">diperpanjang</div>}
                {row.holidayDataWarning && <div className="text-xs text-amber-800" title={row.holidayDataWarning}>data hari libur belum lengkap</div>}
              </td>
              <td className="px-3 py-2">{row.assignedTo?.name ?? <span className="text-slate-500">Belum ditugaskan</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
