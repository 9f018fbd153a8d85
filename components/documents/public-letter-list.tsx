import { Card } from "@/components/ui/card";
import { LETTER_TITLES } from "@/lib/documents/letter-contents";
import { formatDateTime } from "@/lib/format/dates";
import type { LetterKind } from "@/lib/generated/prisma/enums";

/** Letters issued to the requester, downloadable as PDF with the same number + code (/lacak). */
type PublicFile = { id: string; createdAt: Date; note: string | null; file: { id: string; originalName: string } };

export function PublicLetterList({ letters, files = [], nomor, kode }: { letters: { id: string; number: string; kind: LetterKind; issuedAt: Date }[]; files?: PublicFile[]; nomor: string; kode: string }) {
  if (letters.length === 0 && files.length === 0) return null;
  const query = new URLSearchParams({ nomor, kode }).toString();
  return (
    <Card title="Surat dan berkas untuk Anda">
      <ul className="space-y-2 text-sm">
        {letters.map((l) => (
          <li key={l.id}>
            <a href={`/api/lacak/surat/${l.id}?${query}`} download>
              Unduh PDF: {LETTER_TITLES[l.kind]} Nomor {l.number}
            </a>{" "}
            <span className="text-slate-600">({formatDateTime(l.issuedAt)})</span>
          </li>
        ))}
        {files.map((f) => (
          <li key={f.id} className="break-all">
            <a href={`/api/lacak/berkas/${f.file.id}?${query}`} download>Unduh berkas: {f.file.originalName}</a>{f.note ? ` — ${f.note}` : ""}
          </li>
        ))}
      </ul>
    </Card>
  );
}
