"use client";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { closeRequestAction } from "@/lib/requests/staff-actions";
import { ActionFormShell, useRequestAction } from "./action-form";

export function CloseForm({ requestId, warning }: { requestId: string; warning?: string }) {
  const form = useRequestAction(closeRequestAction);
  return (
    <ActionFormShell
      title="Tutup permohonan"
      description={warning ?? "Setelah ditutup, permohonan tidak dapat diubah lagi."}
      requestId={requestId}
      form={form}
      submitLabel="Tutup permohonan"
      variant="secondary"
    >
      <Field id="note" label="Catatan penutupan (opsional)" error={form.error("note")}>
        <textarea name="note" rows={2} defaultValue={form.value("note")} className={inputClass} {...fieldAria("note", form.error("note"))} />
      </Field>
    </ActionFormShell>
  );
}
