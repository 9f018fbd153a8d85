import { Card } from "@/components/ui/card";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import type { RequestDetail } from "@/lib/requests/detail-queries";
import { DataList } from "./data-list";

function remainingText(days: number | null): string | null {
  if (days === null) return null;
  if (days < 0) return `Terlambat ${-days} hari kerja`;
  if (days === 0) return "Jatuh tempo hari ini";
  return `${days} hari kerja lagi`;
}

/** The legal clock of one request, computed live from the holiday calendar and the pauses. */
export function DeadlinePanel({ detail }: { detail: RequestDetail }) {
  const { deadlines, request, workingDaysLeft } = detail;
  return (
    <Card title="Tenggat waktu">
      {deadlines.warnings.length > 0 && (
        <div role="alert" className="mb-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {deadlines.warnings.map((w) => (
            <p key={w}>{w}</p>
          ))}
        </div>
      )}
      {deadlines.paused && (
        <p role="status" className="mb-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {deadlines.pendingReason}
        </p>
      )}
      <DataList
        items={[
          ["Hari penerimaan (hari ke-0)", formatDate(deadlines.clockStartDate, { weekday: true })],
          ["Batas pemberitahuan tertulis (10 hari kerja)", deadlines.noticeDueDate ? formatDate(deadlines.noticeDueDate, { weekday: true }) : "Belum dapat dihitung"],
          [
            "Batas setelah perpanjangan",
            request.extendedAt
              ? deadlines.extendedDueDate
                ? formatDate(deadlines.extendedDueDate, { weekday: true })
                : "Belum dapat dihitung"
              : "Tidak diperpanjang",
          ],
          ["Sisa waktu", remainingText(workingDaysLeft)],
          ["Diperpanjang pada", request.extendedAt ? formatDateTime(request.extendedAt) : null],
          ["Alasan perpanjangan", request.extensionReason],
        ]}
      />
    </Card>
  );
}
