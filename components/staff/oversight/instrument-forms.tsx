"use client";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { OversightForm, useOversightAction } from "@/components/staff/oversight/oversight-form";
import { copyInstrumentAction, saveInstrumentItemAction } from "@/lib/internal-audit/instrument-actions";

type Item = { id: string; code: string; question: string; weight: number; maxScore: number; levels: string[]; prefillSource: string | null };

/** Change an item (with `item`) or add one to a section; levels are typed one per line, from 0 up. */
export function InstrumentItemForm({ instrumentId, sectionId, item, sources }: { instrumentId: string; sectionId: string; item?: Item; sources: { value: string; label: string }[] }) {
  const form = useOversightAction(saveInstrumentItemAction.bind(null, instrumentId, item?.id ?? null, item ? null : sectionId));
  const key = item?.id ?? `baru-${sectionId}`;
  const field = (name: string) => ({ id: `${name}-${key}`, error: form.error(name) });
  return (
    <OversightForm title={item ? `Ubah butir ${item.code}` : "Tambah butir"} hidden={{ sectionId }} form={form} submitLabel={item ? "Simpan butir" : "Tambah butir"} variant="secondary">
      <Field {...field("question")} label="Butir pemeriksaan" required>
        <textarea name="question" rows={2} defaultValue={form.value("question", item?.question)} className={inputClass} {...fieldAria(`question-${key}`, form.error("question"))} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field {...field("weight")} label="Bobot" required>
          <input name="weight" inputMode="decimal" defaultValue={form.value("weight", item ? String(item.weight).replace(".", ",") : "")} className={inputClass} {...fieldAria(`weight-${key}`, form.error("weight"))} />
        </Field>
        <Field {...field("maxScore")} label="Nilai maksimum" required>
          <input name="maxScore" inputMode="numeric" defaultValue={form.value("maxScore", String(item?.maxScore ?? 4))} className={inputClass} {...fieldAria(`maxScore-${key}`, form.error("maxScore"))} />
        </Field>
        <Field {...field("prefillSource")} label="Diisi otomatis dari data">
          <select name="prefillSource" defaultValue={form.value("prefillSource", item?.prefillSource ?? "")} className={inputClass} {...fieldAria(`prefillSource-${key}`, form.error("prefillSource"))}>
            <option value="">Tidak (dinilai auditor)</option>
            {sources.map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
          </select>
        </Field>
      </div>
      <Field {...field("levels")} label="Uraian tiap nilai" hint="Satu baris per nilai, mulai dari nilai 0 sampai nilai maksimum." required>
        <textarea name="levels" rows={5} defaultValue={form.value("levels", item?.levels.join("\n"))} className={inputClass} {...fieldAria(`levels-${key}`, form.error("levels"), true)} />
      </Field>
    </OversightForm>
  );
}

export function CopyInstrumentForm({ instrumentId, suggestedName }: { instrumentId: string; suggestedName: string }) {
  const form = useOversightAction(copyInstrumentAction.bind(null, instrumentId));
  return (
    <OversightForm title="Salin sebagai versi baru" description="Salinan dapat diubah; aktifkan sesudahnya agar dipakai audit berikutnya." hidden={{ instrumentId }} form={form} submitLabel="Salin instrumen" variant="secondary">
      <Field id={`name-${instrumentId}`} label="Nama versi baru" error={form.error("name")} required>
        <input name="name" defaultValue={form.value("name", suggestedName)} className={inputClass} {...fieldAria(`name-${instrumentId}`, form.error("name"))} />
      </Field>
    </OversightForm>
  );
}
