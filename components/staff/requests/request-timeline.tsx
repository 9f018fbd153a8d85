import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format/dates";
import { requestEventLabel } from "@/lib/requests/event-types";
import type { RequestDetail } from "@/lib/requests/detail-queries";

/** Every recorded change: what, who, when (oldest first, as a register reads). */
export function RequestTimeline({ events }: { events: RequestDetail["request"]["events"] }) {
  return (
    <Card title="Riwayat permohonan">
      {events.length === 0 ? (
        <p className="text-sm text-slate-600">Belum ada riwayat.</p>
      ) : (
        <ol className="space-y-3 border-l-2 border-slate-200 pl-4">
          {events.map((event) => (
            <li key={event.id}>
              <p className="font-medium text-slate-900">{requestEventLabel(event.type)}</p>
              <p className="text-xs text-slate-600">
                <time dateTime={event.at.toISOString()}>{formatDateTime(event.at)}</time> · {event.actor?.name ?? "Sistem / pemohon"}
              </p>
              {event.note && <p className="mt-1 whitespace-pre-line text-sm text-slate-800">{event.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
