import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { auditActionLabel, auditSubject } from "@/lib/audit/labels";
import { formatDateTime } from "@/lib/format/dates";
import { AuditDiff } from "@/components/staff/admin/audit-diff";

type Entry = {
  id: string;
  at: Date;
  action: string;
  entityType: string;
  entityId: string | null;
  actorRole: Role | null;
  before: unknown;
  after: unknown;
  actor: { username: string; name: string } | null;
};

export function AuditEntryList({ entries, timeZone }: { entries: Entry[]; timeZone: string }) {
  if (entries.length === 0) return <p>Tidak ada catatan yang cocok dengan saringan.</p>;
  return (
    <ol className="divide-y divide-slate-200">
      {entries.map((entry) => {
        const subject = auditSubject(entry.entityType, entry.entityId);
        return (
        <li key={entry.id} className="py-3">
          <details>
            <summary className="cursor-pointer list-none">
              <span className="block text-xs text-slate-600">
                <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at, { timeZone })}</time>
              </span>
              <span className="font-medium">{auditActionLabel(entry.action)}</span>
              <span className="text-sm text-slate-700">
                {" "}
                · {subject.label}
                {subject.id && <span className="font-mono text-xs"> {subject.id}</span>}
              </span>
              <span className="block text-sm text-slate-700">
                Oleh:{" "}
                {entry.actor
                  ? `${entry.actor.name} (${entry.actor.username}${entry.actorRole ? `, ${ROLE_LABELS[entry.actorRole]}` : ""})`
                  : "Sistem / baris perintah"}
              </span>
              <span className="text-xs text-brand-700 underline">Lihat perubahan</span>
            </summary>
            <div className="mt-2">
              <AuditDiff before={entry.before} after={entry.after} timeZone={timeZone} />
            </div>
          </details>
        </li>
        );
      })}
    </ol>
  );
}
