import { ActionForm } from "@/components/forms/action-form";
import { Card } from "@/components/ui/card";
import { hasPermission, type Role } from "@/lib/auth/roles";
import { attachDeliveredFileAction } from "@/lib/files/actions";
import { acceptAttribute, EVIDENCE_KINDS, kindsLabel } from "@/lib/files/limits";
import { formatDateTime } from "@/lib/format/dates";

type Attachment = { id: string; note: string | null; createdAt: Date; file: { id: string; originalName: string; size: number } };

/** Files of delivered information: listed for staff, uploaded by those who process requests. */
export function AttachmentsCard({ role, requestId, attachments }: { role: Role; requestId: string; attachments: Attachment[] }) {
  return (
    <Card title="Berkas informasi untuk pemohon">
      {attachments.length > 0 && (
        <ul className="mb-4 space-y-1 text-sm">
          {attachments.map((a) => (
            <li key={a.id} className="break-all"><a href={`/staf/berkas/${a.file.id}`}>{a.file.originalName}</a> ({Math.ceil(a.file.size / 1024)} KB, {formatDateTime(a.createdAt)}){a.note ? ` — ${a.note}` : ""}</li>
          ))}
        </ul>
      )}
      {hasPermission(role, "processRequest") && (
        <ActionForm
          action={attachDeliveredFileAction}
          submitLabel="Lampirkan berkas"
          fields={[
            { name: "requestId", label: "", kind: "hidden", defaultValue: requestId },
            { name: "file", label: "Berkas", kind: "file", required: true, accept: acceptAttribute(EVIDENCE_KINDS), hint: `Berkas ${kindsLabel(EVIDENCE_KINDS)}.` },
            { name: "note", label: "Keterangan (bila perlu)", kind: "text" },
          ]}
        />
      )}
    </Card>
  );
}
