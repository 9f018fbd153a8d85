"use client";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { raiseFindingAction } from "@/lib/internal-audit/actions";
import { SEVERITY_LABELS } from "@/lib/internal-audit/labels";
import { OversightForm, useOversightAction } from "./oversight-form";

type Props = { auditId: string; items: { id: string; code: string }[]; owners: { id: string; name: string; roleLabel: string }[] };

export function FindingForm({ auditId, items, owners }: Props) {
  const form = useOversightAction(raiseFindingAction);
  const f = (name: string) => ({ error: form.error(name), aria: fieldAria(`finding-${name}`, form.error(name)) });
  return (
    <OversightForm title="Catat temuan" hidden={{ auditId }} form={form} submitLabel="Catat temuan">
      <Field id="finding-title" label="Judul temuan" error={f("title").error} required>
        <input name="title" defaultValue={form.value("title")} className={inputClass} {...f("title").aria} />
      </Field>
      <Field id="finding-description" label="Uraian temuan" error={f("description").error} required>
        <textarea name="description" rows={3} defaultValue={form.value("description")} className={inputClass} {...f("description").aria} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="finding-itemId" label="Butir audit terkait" error={f("itemId").error}>
          <select name="itemId" defaultValue={form.value("itemId")} className={inputClass} {...f("itemId").aria}>
            <option value="">— tidak terkait butir tertentu —</option>
            {items.map((i) => (
              <option key={i.id} value={i.id}>{i.code}</option>
            ))}
          </select>
        </Field>
        <Field id="finding-severity" label="Tingkat temuan" error={f("severity").error} required>
          <select name="severity" defaultValue={form.value("severity")} className={inputClass} {...f("severity").aria}>
            <option value="">— pilih —</option>
            {Object.entries(SEVERITY_LABELS).map(([value, label]) => (
              <option key={value} value={value}>{label}</option>
            ))}
          </select>
        </Field>
        <Field id="finding-ownerId" label="Penanggung jawab" error={f("ownerId").error} required>
          <select name="ownerId" defaultValue={form.value("ownerId")} className={inputClass} {...f("ownerId").aria}>
            <option value="">— pilih —</option>
            {owners.map((o) => (
              <option key={o.id} value={o.id}>{o.name} ({o.roleLabel})</option>
            ))}
          </select>
        </Field>
        <Field id="finding-dueDate" label="Batas waktu tindak lanjut" error={f("dueDate").error} required>
          <input name="dueDate" type="date" defaultValue={form.value("dueDate")} className={inputClass} {...f("dueDate").aria} />
        </Field>
      </div>
    </OversightForm>
  );
}
