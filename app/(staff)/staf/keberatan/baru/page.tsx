import { ActionForm } from "@/components/forms/action-form";
import { requirePermission } from "@/lib/auth/guard";
import { acceptAttribute, DOCUMENT_KINDS } from "@/lib/files/limits";
import { GROUND_LABELS, GROUND_VALUES } from "@/lib/objections/labels";
import { registerPaperObjectionAction } from "@/lib/objections/staff-actions";

export const metadata = { title: "Catat keberatan luring" };

export default async function NewPaperObjectionPage() {
  await requirePermission("registerObjection");
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">Catat keberatan yang diterima secara luring</h1>
      <ActionForm
        action={registerPaperObjectionAction}
        submitLabel="Catat keberatan"
        fields={[
          { name: "registrationNumber", label: "Nomor registrasi permohonan", kind: "text", required: true },
          { name: "receivedDate", label: "Tanggal diterima", kind: "date", required: true },
          { name: "channel", label: "Saluran", kind: "select", required: true, options: [{ value: "SURAT", label: "Surat" }, { value: "DATANG_LANGSUNG", label: "Datang langsung" }, { value: "EMAIL", label: "Surel" }] },
          { name: "grounds", label: "Alasan keberatan (Pasal 35 ayat 1)", kind: "checkboxes", required: true, options: GROUND_VALUES.map((g) => ({ value: g, label: GROUND_LABELS[g] })) },
          { name: "reasons", label: "Uraian keberatan", kind: "textarea", required: true },
          { name: "viaProxy", label: "Diajukan melalui kuasa", kind: "checkbox" },
          { name: "proxyName", label: "Nama kuasa", kind: "text" },
          { name: "proxyFile", label: "Pindaian surat kuasa", kind: "file", accept: acceptAttribute(DOCUMENT_KINDS) },
        ]}
      />
    </div>
  );
}
