import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { getGuide } from "@/lib/guides/queries";
import { GUIDE_KIND_LABELS } from "@/lib/guides/labels";
import { formatDate } from "@/lib/format/dates";
import { Card } from "@/components/ui/card";
import { AcknowledgeForm, PublishVersionForm } from "@/components/staff/guides/guide-forms";

export const metadata = { title: "SOP & pedoman" };

export default async function GuidePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("readOversight");
  const data = await getGuide((await params).id);
  if (!data) notFound();
  const { doc, current, readByMe, notYetRead, canPublish } = data;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{doc.code} — {doc.title}</h1>
      <p className="text-sm text-slate-700">{GUIDE_KIND_LABELS[doc.kind]}{doc.isPublic && " · ditampilkan di portal"}</p>
      <Card title={current ? `Versi berlaku: ${current.version}` : "Belum ada versi yang berlaku"}>
        {current && (
          <>
            <p className="whitespace-pre-line" data-testid="guide-current-body">{current.body}</p>
            <p className="mt-2 text-xs text-slate-600">Berlaku {formatDate(current.effectiveDate)} · disetujui {current.approverName}</p>
            <p className="mt-2 text-sm">{readByMe ? "Anda telah mengonfirmasi membaca versi ini." : "Anda belum mengonfirmasi membaca versi ini."}</p>
            <p className="mt-1 text-sm">Belum membaca: {notYetRead.length === 0 ? "semua pegawai sudah membaca" : notYetRead.map((u) => u.name).join(", ")}</p>
          </>
        )}
      </Card>
      {current && !readByMe && <AcknowledgeForm documentId={doc.id} version={current.version} />}
      {canPublish && <PublishVersionForm documentId={doc.id} currentBody={doc.versions[0]?.body ?? ""} nextVersion={(doc.versions[0]?.version ?? 0) + 1} />}
      <Card title="Riwayat versi">
        <ol className="space-y-3">
          {doc.versions.map((v) => (
            <li key={v.id} className="text-sm">
              <p className="font-semibold">Versi {v.version} — berlaku {formatDate(v.effectiveDate)}{current?.id === v.id && " (berlaku)"}</p>
              <p className="text-xs text-slate-600">Disetujui {v.approverName}{v.changeNote && ` · ${v.changeNote}`} · {v.acknowledgements.length} pegawai telah membaca</p>
            </li>
          ))}
        </ol>
      </Card>
    </div>
  );
}
