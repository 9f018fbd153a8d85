"use client";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { assignRequestAction } from "@/lib/requests/staff-actions";
import { ActionFormShell, useRequestAction } from "./action-form";

export function AssignForm({
  requestId,
  officers,
  currentAssigneeId,
}: {
  requestId: string;
  officers: { id: string; name: string; role: Role }[];
  currentAssigneeId: string | null;
}) {
  const form = useRequestAction(assignRequestAction);
  const id = "assigneeId";
  return (
    <ActionFormShell title="Tugaskan petugas" requestId={requestId} form={form} submitLabel="Tugaskan">
      <Field id={id} label="Petugas yang menangani" error={form.error(id)} required>
        <select name={id} defaultValue={form.value(id, currentAssigneeId ?? "")} className={inputClass} {...fieldAria(id, form.error(id))}>
          <option value="">— Pilih petugas —</option>
          {officers.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name} ({ROLE_LABELS[o.role]})
            </option>
          ))}
        </select>
      </Field>
    </ActionFormShell>
  );
}
