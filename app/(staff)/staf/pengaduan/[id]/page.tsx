import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { Card } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/guard";
import { hasPermission } from "@/lib/auth/roles";
import { CATEGORY_LABELS, COMPLAINT_STATUS_LABELS } from "@/lib/complaints/labels";
import { complaintDetail, complaintHandlers } from "@/lib/complaints/queries";
import { assignComplaintAction, resolveComplaintAction, respondComplaintAction, triageComplaintAction } from "@/lib/complaints/staff-actions";
import { formatDateTime } from "@/lib/format/dates";

export const metadata = { title: "Detail pengaduan" };

export default async function ComplaintPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("readComplaints");
  const c = await complaintDetail(user, (await params).id);
  if (!c) notFound();
  const canHandle = hasPermission(user.role, "handleComplaint");
  const handlers = canHandle ? await complaintHandlers() : [];
  const id = { name: "complaintId", label: "", kind: "hidden" as const, defaultValue: c.id };
  const steps: [string, Date | null, string | null][] = [
    ["Diterima", c.receivedAt, null], ["Ditelaah", c.triagedAt, c.triageNote], ["Ditugaskan", c.assignedAt, handlers.find((h) => h.id === c.assignedToId)?.name ?? null],
    ["Ditanggapi", c.respondedAt, c.response], ["Selesai", c.resolvedAt, c.resolutionNote],
  ];
  return (
    <div className="space-y-4">
      <p className="text-sm"><Link href="/staf/pengaduan">← Pengaduan</Link></p>
      <h1 className="text-2xl font-bold">Pengaduan {c.registrationNumber}</h1>
      <div className="grid gap-4 xl:grid-cols-2">
        <Card title="Isi pengaduan">
          <dl className="space-y-2 text-sm">
            <div><dt className="font-medium">Status</dt><dd>{COMPLAINT_STATUS_LABELS[c.status]}</dd></div>
            <div><dt className="font-medium">Kategori</dt><dd>{CATEGORY_LABELS[c.category]}</dd></div>
            <div><dt className="font-medium">Uraian</dt><dd className="whitespace-pre-line">{c.description}</dd></div>
            {c.request && <div><dt className="font-medium">Permohonan terkait</dt><dd><Link href={`/staf/permohonan/${c.request.id}`}>{c.request.registrationNumber}</Link></dd></div>}
            <div><dt className="font-medium">Pelapor</dt><dd>{c.anonymous ? "Anonim (hanya kode pelacakan)" : [c.contactName, c.contactEmail, c.contactPhone].filter(Boolean).join(" · ")}</dd></div>
            {c.attachments.length > 0 && <div><dt className="font-medium">Lampiran</dt><dd><ul>{c.attachments.map((a) => <li key={a.id}><a href={`/staf/berkas/${a.file.id}`}>{a.file.originalName}</a></li>)}</ul></dd></div>}
          </dl>
          <ol className="mt-4 space-y-1 text-sm">
            {steps.filter(([, at]) => at).map(([label, at, note]) => <li key={label}><strong>{label}</strong> — {formatDateTime(at)}{note ? `: ${note}` : ""}</li>)}
          </ol>
        </Card>
        {canHandle && (
          <div className="space-y-4">
            {c.status === "BARU" && <Card title="Telaah"><ActionForm action={triageComplaintAction} submitLabel="Simpan telaah" fields={[id, { name: "note", label: "Catatan penelaahan", kind: "textarea", required: true }]} /></Card>}
            {(c.status === "BARU" || c.status === "DITELAAH") && (
              <Card title="Tugaskan"><ActionForm action={assignComplaintAction} submitLabel="Tugaskan" fields={[id, { name: "assigneeId", label: "Petugas", kind: "select", required: true, options: handlers.map((h) => ({ value: h.id, label: h.name })) }]} /></Card>
            )}
            {(c.status === "DITELAAH" || c.status === "DITANGGAPI") && <Card title="Tanggapan kepada pelapor"><ActionForm action={respondComplaintAction} submitLabel="Simpan tanggapan" fields={[id, { name: "response", label: "Tanggapan (dapat dilihat pelapor)", kind: "textarea", required: true, defaultValue: c.response ?? "" }]} /></Card>}
            {c.status === "DITANGGAPI" && <Card title="Selesaikan"><ActionForm action={resolveComplaintAction} submitLabel="Selesaikan pengaduan" fields={[id, { name: "note", label: "Catatan penyelesaian", kind: "textarea", required: true }]} /></Card>}
          </div>
        )}
      </div>
    </div>
  );
}
