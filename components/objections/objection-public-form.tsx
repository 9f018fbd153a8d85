"use client";
import { ActionForm } from "@/components/forms/action-form";
import { acceptAttribute, DOCUMENT_KINDS, kindsLabel } from "@/lib/files/limits";
import { GROUND_LABELS, GROUND_VALUES } from "@/lib/objections/labels";
import { submitObjectionAction } from "@/lib/objections/public-actions";

/** The public keberatan form: the request is identified by its number and tracking code. */
export function ObjectionPublicForm({ nomor, kode }: { nomor: string; kode: string }) {
  return (
    <ActionForm
      action={submitObjectionAction}
      submitLabel="Kirim keberatan"
      pendingLabel="Mengirim keberatan…"
      fields={[
        { name: "registrationNumber", label: "Nomor registrasi permohonan", kind: "text", required: true, defaultValue: nomor, hint: "Contoh: 0007/PMH/PPID-DPP/2026" },
        { name: "trackingCode", label: "Kode pelacakan", kind: "text", required: true, defaultValue: kode, hint: "Tertera pada bukti permohonan." },
        { name: "grounds", label: "Alasan keberatan (UU 14/2008 Pasal 35 ayat 1; boleh lebih dari satu)", kind: "checkboxes", required: true, options: GROUND_VALUES.map((g) => ({ value: g, label: GROUND_LABELS[g] })) },
        { name: "reasons", label: "Uraian keberatan", kind: "textarea", required: true, hint: "Jelaskan mengapa Anda keberatan dan apa yang Anda minta." },
        { name: "viaProxy", label: "Keberatan diajukan melalui kuasa", kind: "checkbox" },
        { name: "proxyName", label: "Nama kuasa (bila melalui kuasa)", kind: "text" },
        { name: "proxyFile", label: "Surat kuasa (bila melalui kuasa)", kind: "file", accept: acceptAttribute(DOCUMENT_KINDS), hint: `Berkas ${kindsLabel(DOCUMENT_KINDS)}.` },
      ]}
    />
  );
}
