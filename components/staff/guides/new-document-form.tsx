"use client";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { createGuideDocumentAction } from "@/lib/guides/actions";
import { GUIDE_KIND_LABELS } from "@/lib/guides/labels";
import { OversightForm, useOversightAction } from "@/components/staff/oversight/oversight-form";

export function NewDocumentForm() {
  const form = useOversightAction(createGuideDocumentAction);
  const input = (name: string, label: string, type = "text") => (
    <Field id={`doc-${name}`} label={label} error={form.error(name)} required>
      <input name={name} type={type} defaultValue={form.value(name)} className={inputClass} {...fieldAria(`doc-${name}`, form.error(name))} />
    </Field>
  );
  return (
    <OversightForm title="Dokumen baru" description="SOP, panduan atau standar baru beserta versi pertamanya." form={form} submitLabel="Terbitkan dokumen">
      <div className="grid gap-3 sm:grid-cols-2">
        {input("code", "Kode dokumen")}
        {input("title", "Judul")}
        <Field id="doc-kind" label="Jenis" error={form.error("kind")} required>
          <select name="kind" defaultValue={form.value("kind")} className={inputClass} {...fieldAria("doc-kind", form.error("kind"))}>
            <option value="">— pilih —</option>
            {Object.entries(GUIDE_KIND_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </Field>
        {input("effectiveDate", "Tanggal berlaku", "date")}
        {input("approverName", "Disetujui oleh")}
      </div>
      <Field id="doc-body" label="Isi dokumen" error={form.error("body")} required>
        <textarea name="body" rows={6} defaultValue={form.value("body")} className={inputClass} {...fieldAria("doc-body", form.error("body"))} />
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="isPublic" defaultChecked={form.value("isPublic") === "on"} className="h-5 w-5" />
        Tampilkan di portal (halaman Standar Layanan)
      </label>
    </OversightForm>
  );
}
