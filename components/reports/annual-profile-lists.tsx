"use client";
import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { emptyFacility, emptyRegulation } from "@/lib/reports/annual-profile-form";
import { FACILITY_CONDITION_LABELS, FACILITY_CONDITIONS, MAX_FACILITIES, MAX_REGULATIONS, type AnnualProfile, type AnnualProfileInput } from "@/lib/reports/annual-profile-schema";

type Form = UseFormReturn<AnnualProfileInput, unknown, AnnualProfile>;
type Name = Parameters<Form["register"]>[0];

const FACILITY_SUGGESTIONS = [
  "Meja layanan informasi", "Ruang tunggu pemohon", "Komputer dan pencetak layanan", "Pemindai dokumen", "Situs web / portal PPID",
  "Papan pengumuman informasi publik", "Akses penyandang disabilitas (ramp, kursi roda)", "Telepon dan WhatsApp layanan", "Ruang arsip dokumen",
];

/** One input of a list row: registered with react-hook-form, labelled, its error below it. */
function RowInput({ form, name, id, label, value, type = "text", required }: { form: Form; name: Name; id: string; label: string; value: string; type?: string; required?: boolean }) {
  const error = form.getFieldState(name, form.formState).error?.message;
  return (
    <Field id={id} label={label} error={error} required={required}>
      <input {...form.register(name)} {...fieldAria(id, error)} type={type} defaultValue={value} list={name.endsWith(".name") ? "facility-suggestions" : undefined} className={inputClass} />
    </Field>
  );
}

/** Peraturan, keputusan and SK penetapan PPID: number, subject, date. */
export function RegulationRows({ form }: { form: Form }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "regulations" });
  return (
    <fieldset className="space-y-3">
      <legend className="font-semibold">Peraturan, keputusan dan SK penetapan PPID</legend>
      {fields.map((field, i) => (
        <div key={field.id} className="grid gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_2fr_11rem_auto] sm:items-end">
          <RowInput form={form} name={`regulations.${i}.number`} id={`regulation-${i}-number`} label={`Nomor (${i + 1})`} value={field.number} required />
          <RowInput form={form} name={`regulations.${i}.title`} id={`regulation-${i}-title`} label={`Tentang (${i + 1})`} value={field.title} required />
          <RowInput form={form} name={`regulations.${i}.date`} id={`regulation-${i}-date`} label={`Tanggal penetapan (${i + 1})`} value={field.date} type="date" required />
          <Button variant="secondary" onClick={() => remove(i)} aria-label={`Hapus peraturan ${i + 1}`}>Hapus</Button>
        </div>
      ))}
      {fields.length < MAX_REGULATIONS && <Button variant="secondary" onClick={() => append(emptyRegulation())}>Tambah peraturan/keputusan</Button>}
    </fieldset>
  );
}

/** Sarana dan prasarana: name (with suggestions), condition, notes. */
export function FacilityRows({ form }: { form: Form }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "facilities" });
  return (
    <fieldset className="space-y-3">
      <legend className="font-semibold">Sarana dan prasarana layanan informasi</legend>
      <datalist id="facility-suggestions">{FACILITY_SUGGESTIONS.map((s) => <option key={s} value={s} />)}</datalist>
      {fields.map((field, i) => {
        const name = `facilities.${i}.condition` as const;
        const error = form.getFieldState(name, form.formState).error?.message;
        const id = `facility-${i}-condition`;
        return (
          <div key={field.id} className="grid gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[2fr_12rem_2fr_auto] sm:items-end">
            <RowInput form={form} name={`facilities.${i}.name`} id={`facility-${i}-name`} label={`Sarana (${i + 1})`} value={field.name} required />
            <Field id={id} label={`Kondisi (${i + 1})`} error={error} required>
              <select {...form.register(name)} {...fieldAria(id, error)} defaultValue={field.condition} className={inputClass}>
                <option value="">— Pilih —</option>
                {FACILITY_CONDITIONS.map((c) => <option key={c} value={c}>{FACILITY_CONDITION_LABELS[c]}</option>)}
              </select>
            </Field>
            <RowInput form={form} name={`facilities.${i}.notes`} id={`facility-${i}-notes`} label={`Keterangan (${i + 1})`} value={field.notes} />
            <Button variant="secondary" onClick={() => remove(i)} aria-label={`Hapus sarana ${i + 1}`}>Hapus</Button>
          </div>
        );
      })}
      {fields.length < MAX_FACILITIES && <Button variant="secondary" onClick={() => append(emptyFacility())}>Tambah sarana</Button>}
    </fieldset>
  );
}
