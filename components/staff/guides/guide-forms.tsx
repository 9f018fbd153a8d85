"use client";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { acknowledgeGuideAction, publishGuideVersionAction } from "@/lib/guides/actions";
import { OversightForm, useOversightAction } from "@/components/staff/oversight/oversight-form";

export function PublishVersionForm({ documentId, currentBody, nextVersion }: { documentId: string; currentBody: string; nextVersion: number }) {
  const form = useOversightAction(publishGuideVersionAction);
  return (
    <OversightForm title={`Terbitkan versi ${nextVersion}`} description="Versi baru berlaku mulai tanggal berlakunya; versi lama tetap tersimpan." hidden={{ documentId }} form={form} submitLabel="Terbitkan versi baru">
      <Field id="body" label="Isi dokumen" error={form.error("body")} required>
        <textarea name="body" rows={8} defaultValue={form.value("body", currentBody)} className={inputClass} {...fieldAria("body", form.error("body"))} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="effectiveDate" label="Tanggal berlaku" error={form.error("effectiveDate")} required>
          <input name="effectiveDate" type="date" defaultValue={form.value("effectiveDate")} className={inputClass} {...fieldAria("effectiveDate", form.error("effectiveDate"))} />
        </Field>
        <Field id="approverName" label="Disetujui oleh" hint="Nama atau jabatan pejabat yang menyetujui." error={form.error("approverName")} required>
          <input name="approverName" defaultValue={form.value("approverName")} className={inputClass} {...fieldAria("approverName", form.error("approverName"), true)} />
        </Field>
      </div>
      <Field id="changeNote" label="Catatan perubahan" error={form.error("changeNote")}>
        <input name="changeNote" defaultValue={form.value("changeNote")} className={inputClass} {...fieldAria("changeNote", form.error("changeNote"))} />
      </Field>
    </OversightForm>
  );
}

export function AcknowledgeForm({ documentId, version }: { documentId: string; version: number }) {
  const form = useOversightAction(acknowledgeGuideAction);
  return (
    <OversightForm title="Konfirmasi telah membaca" description={`Saya telah membaca dan memahami versi ${version} yang berlaku.`} hidden={{ documentId }} form={form} submitLabel="Saya telah membaca" variant="secondary" />
  );
}
