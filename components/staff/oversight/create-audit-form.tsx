"use client";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { createAuditAction } from "@/lib/internal-audit/actions";
import { OversightForm, useOversightAction } from "./oversight-form";

export function CreateAuditForm({ suggestedPeriod }: { suggestedPeriod: string }) {
  const form = useOversightAction(createAuditAction);
  return (
    <OversightForm title="Mulai audit baru" description="Butir yang dapat dijawab data sistem diisi otomatis untuk periode ini." form={form} submitLabel="Mulai audit">
      <Field id="period" label="Periode (semester)" hint="Contoh: 2026-S2 (S1 = Januari–Juni, S2 = Juli–Desember)." error={form.error("period")} required>
        <input name="period" defaultValue={form.value("period", suggestedPeriod)} className={inputClass} {...fieldAria("period", form.error("period"), true)} />
      </Field>
    </OversightForm>
  );
}
