import { Card } from "@/components/ui/card";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import type { PublicObjectionView } from "@/lib/objections/public-queries";

/** The requester's objections with their windows and the Atasan PPID's answer (receipt and /lacak). */
export function PublicObjectionList({ objections, highlight }: { objections: PublicObjectionView[]; highlight?: string }) {
  if (objections.length === 0) return null;
  return (
    <Card title="Keberatan">
      <ul className="space-y-4">
        {objections.map((o) => (
          <li key={o.registrationNumber} className={`space-y-1 rounded-md border p-3 text-sm ${o.registrationNumber === highlight ? "border-brand-600" : "border-slate-200"}`}>
            <p className="font-semibold">Nomor keberatan: <span data-testid="objection-number">{o.registrationNumber}</span></p>
            <p>Diterima: {formatDateTime(o.receivedAt)}</p>
            <p>Status: <strong>{o.status}</strong></p>
            {o.late && (
              <p className="text-amber-800">
                Diajukan melewati batas waktu pengajuan ({formatDate(o.filingDueDate)}).{" "}
                {o.lateAccepted ? "Petugas telah menerima keberatan ini." : "Petugas akan menilai apakah keberatan tetap dapat diterima."}
              </p>
            )}
            <p>Alasan: {o.grounds.join("; ")}</p>
            <p>Batas tanggapan Atasan PPID: <strong>{formatDate(o.answerDueDate)}</strong></p>
            {o.settlementTerms && (
              <div className="mt-2 space-y-1 border-t border-slate-200 pt-2">
                <p>Diselesaikan secara musyawarah ({formatDate(o.answerDate)}):</p>
                <p className="whitespace-pre-line">{o.settlementTerms}</p>
              </div>
            )}
            {o.decision && (
              <div className="mt-2 space-y-1 border-t border-slate-200 pt-2">
                <p>Tanggapan ({formatDate(o.answerDate)}): <strong>{o.decision}</strong></p>
                <p className="whitespace-pre-line">{o.decisionReasons}</p>
                {o.orderedAction && <p>Yang wajib diberikan PPID: {o.orderedAction}</p>}
                {o.carriedOutAt && <p>Dilaksanakan PPID: {formatDateTime(o.carriedOutAt)}</p>}
              </div>
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}
