"use client";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { extendRequestAction } from "@/lib/requests/staff-actions";
import { ActionFormShell, useRequestAction } from "./action-form";

export function ExtendForm({ requestId, extensionDays }: { requestId: string; extensionDays: number }) {
  const form = useRequestAction(extendRequestAction);
  const id = "reason";
  return (
    <ActionFormShell
      title="Perpanjang jangka waktu"
      description={`Hanya satu kali, paling lama ${extensionDays} hari kerja, dengan alasan tertulis yang disampaikan kepada pemohon (UU 14/2008 Pasal 22 ayat 8).`}
      requestId={requestId}
      form={form}
      submitLabel="Perpanjang"
      variant="secondary"
    >
      <Field id={id} label="Alasan perpanjangan" hint="Minimal 20 karakter." error={form.error(id)} required>
        <textarea name={id} rows={3} defaultValue={form.value(id)} className={inputClass} {...fieldAria(id, form.error(id), true)} />
      </Field>
    </ActionFormShell>
  );
}
