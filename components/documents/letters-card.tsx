import { ActionForm } from "@/components/forms/action-form";
import { Card } from "@/components/ui/card";
import { hasPermission, type Role } from "@/lib/auth/roles";
import { issueLetterAction } from "@/lib/documents/actions";
import { LETTER_TITLES } from "@/lib/documents/letter-contents";
import { formatDateTime } from "@/lib/format/dates";
import type { LetterKind } from "@/lib/generated/prisma/enums";

type Letter = { id: string; number: string; kind: LetterKind; issuedAt: Date };
const REQUEST_KINDS: LetterKind[] = ["PEMBERITAHUAN_TERTULIS", "PERPANJANGAN", "KLARIFIKASI"];

/** Issued letters of a request (print / PDF) and, for roles that may, the form to issue one. */
export function LettersCard({ role, requestId, objectionId, letters }: { role: Role; requestId: string; objectionId?: string; letters: Letter[] }) {
  const kinds = objectionId ? (["TANGGAPAN_KEBERATAN"] as LetterKind[]) : REQUEST_KINDS;
  return (
    <Card title="Surat">
      {letters.length === 0 ? <p className="text-sm">Belum ada surat yang diterbitkan.</p> : (
        <ul className="mb-4 space-y-2 text-sm">
          {letters.map((l) => (
            <li key={l.id}>
              <strong>{LETTER_TITLES[l.kind]}</strong> {l.number} ({formatDateTime(l.issuedAt)}) —{" "}
              <a href={`/staf/surat/${l.id}`} target="_blank" rel="noreferrer">Cetak</a> · <a href={`/staf/surat/${l.id}/pdf`}>Unduh PDF</a>
            </li>
          ))}
        </ul>
      )}
      {hasPermission(role, "issueLetter") && (
        <ActionForm
          action={issueLetterAction}
          submitLabel="Terbitkan surat"
          fields={[
            { name: "requestId", label: "", kind: "hidden", defaultValue: requestId },
            { name: "objectionId", label: "", kind: "hidden", defaultValue: objectionId ?? "" },
            { name: "kind", label: "Jenis surat", kind: "select", required: true, options: kinds.map((k) => ({ value: k, label: LETTER_TITLES[k] })), defaultValue: kinds.length === 1 ? kinds[0] : "" },
          ]}
        />
      )}
    </Card>
  );
}
