"use client";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { OversightForm, useOversightAction } from "@/components/staff/oversight/oversight-form";
import { reviseOfficerAssessmentAction } from "@/lib/evaluation/assessment-actions";

/** Opens a correction of a final assessment: a new draft revision; the final one stays on record. */
export function ReviseAssessmentForm({ assessmentId, officerId }: { assessmentId: string; officerId: string }) {
  const form = useOversightAction(reviseOfficerAssessmentAction);
  return (
    <OversightForm
      title="Koreksi penilaian"
      description="Penilaian final tidak diubah. Koreksi dibuat sebagai revisi baru (draf) dengan alasan, lalu difinalkan kembali. Revisi dinilai dengan kriteria dan bobot yang berlaku sekarang; nilai final sebelumnya tetap tersimpan."
      hidden={{ assessmentId, officerId }}
      form={form}
      submitLabel="Buat revisi"
      variant="secondary"
    >
      <Field id="reason" label="Alasan koreksi" required error={form.error("reason")}>
        <textarea name="reason" rows={2} defaultValue={form.value("reason")} className={inputClass} {...fieldAria("reason", form.error("reason"))} />
      </Field>
    </OversightForm>
  );
}
