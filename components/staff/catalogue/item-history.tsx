import { auditActionLabel } from "@/lib/audit/labels";
import { formatDateTime } from "@/lib/format/dates";
import type { StaffItem } from "@/lib/catalogue/staff-item-query";
import { VERIFICATION_CHECKS } from "@/lib/catalogue/labels";

export function VerificationHistory({ verifications }: { verifications: StaffItem["item"]["verifications"] }) {
  if (verifications.length === 0) return <p className="text-sm">Belum pernah diverifikasi.</p>;
  return (
    <ol className="space-y-3 text-sm" aria-label="Riwayat verifikasi">
      {verifications.map((v) => (
        <li key={v.id} className="rounded border border-slate-200 p-3">
          <p className="font-medium">
            {formatDateTime(v.at)} · {v.reviewer.name} · {v.passed ? "Lolos" : "Belum lolos"}
          </p>
          <ul className="text-xs text-slate-700">
            {VERIFICATION_CHECKS.map(([name, label]) => <li key={name}>{v[name] ? "✔" : "✘"} {label}</li>)}
          </ul>
          <p className="mt-1 whitespace-pre-line">{v.notes}</p>
        </li>
      ))}
    </ol>
  );
}

export function ChangeHistory({ history }: { history: StaffItem["history"] }) {
  return (
    <ol className="space-y-1 text-sm" aria-label="Riwayat perubahan">
      {history.map((h) => (
        <li key={h.id}>{formatDateTime(h.at)} — {auditActionLabel(h.action)}{h.actor ? ` oleh ${h.actor.name}` : ""}</li>
      ))}
      {history.length === 0 && <li>Belum ada riwayat perubahan tercatat (data awal).</li>}
    </ol>
  );
}
