"use client";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { setUpMonevYearAction, updateMonevWeightsAction } from "@/lib/monev/actions";
import { OversightForm, useOversightAction } from "@/components/staff/oversight/oversight-form";

export function SetUpYearForm({ year }: { year: number }) {
  const form = useOversightAction(setUpMonevYearAction);
  return (
    <OversightForm title={`Tetapkan indikator ${year}`} description="Indikator, bobot dan pertanyaan disalin dari tahun sebelumnya (atau enam indikator bawaan); bobot dapat diubah sesudahnya." hidden={{ year: String(year) }} form={form} submitLabel={`Tetapkan indikator ${year}`} />
  );
}

export function WeightsForm({ year, indicators }: { year: number; indicators: { id: string; name: string; weight: number }[] }) {
  const form = useOversightAction(updateMonevWeightsAction);
  return (
    <OversightForm title={`Bobot indikator ${year}`} description="Bobot berubah setiap tahun mengikuti kuesioner Komisi Informasi; jumlahnya harus 100%." hidden={{ year: String(year) }} form={form} submitLabel="Simpan bobot" variant="secondary">
      <div className="grid gap-3 sm:grid-cols-3">
        {indicators.map((i) => {
          const name = `weight-${i.id}`;
          return (
            <Field key={i.id} id={name} label={`Bobot ${i.name} (%)`} error={form.error(name)}>
              <input name={name} inputMode="decimal" defaultValue={form.value(name, String(i.weight))} className={inputClass} {...fieldAria(name, form.error(name))} />
            </Field>
          );
        })}
      </div>
    </OversightForm>
  );
}
