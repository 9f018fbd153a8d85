"use client";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { reviseAuditAction, submitAuditAction } from "@/lib/internal-audit/actions";
import { OversightForm, useOversightAction } from "./oversight-form";

export function SubmitAuditForm({ auditId, unscored }: { auditId: string; unscored: number }) {
  const form = useOversightAction(submitAuditAction);
  return (
    <OversightForm
      title="Kirim audit"
      description={unscored > 0 ? `Masih ada ${unscored} butir yang belum dinilai.` : "Setelah dikirim, audit terkunci. Perubahan hanya melalui revisi baru."}
      hidden={{ auditId }}
      form={form}
      submitLabel="Kirim dan kunci audit"
    >
      <Field id="summary" label="Ringkasan hasil audit" error={form.error("summary")}>
        <textarea name="summary" rows={3} defaultValue={form.value("summary")} className={inputClass} {...fieldAria("summary", form.error("summary"))} />
      </Field>
    </OversightForm>
  );
}

export function ReviseAuditForm({ auditId }: { auditId: string }) {
  const form = useOversightAction(reviseAuditAction);
  return (
    <OversightForm title="Buat revisi" description="Revisi menyalin nilai audit ini menjadi draf baru; audit ini tetap tersimpan apa adanya." hidden={{ auditId }} form={form} submitLabel="Buat revisi" variant="secondary">
      <Field id="reason" label="Alasan revisi" error={form.error("reason")} required>
        <textarea name="reason" rows={2} defaultValue={form.value("reason")} className={inputClass} {...fieldAria("reason", form.error("reason"))} />
      </Field>
    </OversightForm>
  );
}
