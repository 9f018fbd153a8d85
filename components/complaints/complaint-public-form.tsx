"use client";
import { ActionForm } from "@/components/forms/action-form";
import { acceptAttribute, EVIDENCE_KINDS, kindsLabel } from "@/lib/files/limits";
import { CATEGORY_LABELS, CATEGORY_VALUES } from "@/lib/complaints/labels";
import { submitComplaintAction } from "@/lib/complaints/public-actions";

export function ComplaintPublicForm() {
  return (
    <ActionForm
      action={submitComplaintAction}
      submitLabel="Kirim pengaduan"
      pendingLabel="Mengirim pengaduan…"
      fields={[
        { name: "category", label: "Kategori pengaduan", kind: "radio", required: true, options: CATEGORY_VALUES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] })) },
        { name: "description", label: "Uraian pengaduan", kind: "textarea", required: true, hint: "Ceritakan apa yang terjadi, kapan, dan di mana." },
        { name: "requestNumber", label: "Nomor registrasi permohonan terkait (bila ada)", kind: "text" },
        { name: "attachments", label: "Lampiran (bila ada, paling banyak 5 berkas)", kind: "file", multiple: true, accept: acceptAttribute(EVIDENCE_KINDS), hint: `Berkas ${kindsLabel(EVIDENCE_KINDS)}.` },
        { name: "anonymous", label: "Kirim tanpa identitas (anonim): simpan kode pelacakan, hanya kode itu jalan untuk melihat tanggapan", kind: "checkbox" },
        { name: "contactName", label: "Nama", kind: "text" },
        { name: "contactEmail", label: "Surel", kind: "email" },
        { name: "contactPhone", label: "Nomor telepon", kind: "text" },
      ]}
    />
  );
}
