"use client";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { recordFollowUpAction } from "@/lib/internal-audit/actions";
import { OversightForm, useOversightAction } from "./oversight-form";

export function FollowUpForm({ findingId }: { findingId: string }) {
  const form = useOversightAction(recordFollowUpAction);
  return (
    <OversightForm title="Catat tindak lanjut" hidden={{ findingId }} form={form} submitLabel="Simpan tindak lanjut">
      <Field id="note" label="Tindak lanjut yang dilakukan" error={form.error("note")} required>
        <textarea name="note" rows={3} defaultValue={form.value("note")} className={inputClass} {...fieldAria("note", form.error("note"))} />
      </Field>
      <Field id="evidenceLink" label="Tautan bukti" hint="Opsional, https://…" error={form.error("evidenceLink")}>
        <input name="evidenceLink" type="url" defaultValue={form.value("evidenceLink")} className={inputClass} {...fieldAria("evidenceLink", form.error("evidenceLink"), true)} />
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="close" defaultChecked={form.value("close") === "on"} className="h-5 w-5" />
        Temuan telah selesai ditindaklanjuti — tutup temuan
      </label>
    </OversightForm>
  );
}
