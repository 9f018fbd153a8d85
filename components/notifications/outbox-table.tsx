import { formatDateTime } from "@/lib/format/dates";
import { OUTBOX_STATUS_LABELS } from "@/lib/notifications/queries";
import type { OutboxStatus } from "@/lib/generated/prisma/enums";

type Row = { id: string; toAddress: string; subject: string; status: OutboxStatus; attempts: number; lastError: string | null; sentAt: Date | null; createdAt: Date };

export function OutboxTable({ rows }: { rows: Row[] }) {
  if (rows.length === 0) return <p className="text-sm">Tidak ada pesan.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <thead><tr className="text-left"><th className="p-2">Dibuat</th><th className="p-2">Kepada</th><th className="p-2">Perihal</th><th className="p-2">Status</th><th className="p-2">Percobaan</th></tr></thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.id} className={`border-t border-slate-200 ${m.status === "FAILED" ? "bg-red-50" : ""}`}>
              <td className="p-2">{formatDateTime(m.createdAt)}</td>
              <td className="p-2">{m.toAddress}</td>
              <td className="p-2">{m.subject}</td>
              <td className="p-2">{OUTBOX_STATUS_LABELS[m.status]}{m.sentAt ? ` (${formatDateTime(m.sentAt)})` : ""}{m.lastError && <div className="text-red-800">{m.lastError}</div>}</td>
              <td className="p-2">{m.attempts}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
