"use client";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { setMonevVisitScoreAction } from "@/lib/monev/actions";
import { OversightForm, useOversightAction } from "@/components/staff/oversight/oversight-form";

export function VisitScoreForm({ year, current }: { year: number; current: number | null }) {
  const form = useOversightAction(setMonevVisitScoreAction);
  return (
    <OversightForm title="Nilai visitasi Komisi Informasi" description="Nilai akhir = penilaian mandiri 80% + visitasi 20%." hidden={{ year: String(year) }} form={form} submitLabel="Simpan nilai visitasi" variant="secondary">
      <Field id="visitScore" label="Nilai visitasi (0–100)" error={form.error("visitScore")}>
        <input name="visitScore" inputMode="decimal" defaultValue={form.value("visitScore", current === null ? "" : String(current))} className={inputClass} {...fieldAria("visitScore", form.error("visitScore"))} />
      </Field>
    </OversightForm>
  );
}
