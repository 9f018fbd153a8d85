"use client";
import { Field, fieldAria, inputClass } from "@/components/ui/field";

type Props = { error: (f: string) => string[] | undefined; value: (f: string) => string; letters: readonly string[] };

/** The consequence-test record (uji konsekuensi) of an exempt item; never shown to the public except the basis. */
export function ExemptFields({ error, value, letters }: Props) {
  const input = (name: string, label: string, type = "text", hint?: string) => (
    <Field id={name} label={label} hint={hint} error={error(name)} required={name !== "exemptUntil"}>
      <input name={name} type={type} defaultValue={value(name)} {...fieldAria(name, error(name), Boolean(hint))} className={inputClass} />
    </Field>
  );
  return (
    <fieldset className="space-y-4 rounded-md border border-red-200 p-4">
      <legend className="px-1 text-sm font-semibold">Uji konsekuensi (UU KIP Pasal 17)</legend>
      <p className="text-xs text-slate-700">Publik hanya melihat judul dan dasar pengecualian; isi, ringkasan dan berkas tidak pernah ditampilkan.</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="exemptLetter" label="Pasal 17 huruf" error={error("exemptLetter")} required>
          <select name="exemptLetter" defaultValue={value("exemptLetter")} {...fieldAria("exemptLetter", error("exemptLetter"))} className={inputClass}>
            <option value="">— Pilih —</option>
            {letters.map((l) => <option key={l} value={l}>Huruf {l}</option>)}
          </select>
        </Field>
        {input("exemptLegalBasis", "Dasar hukum")}
        {input("exemptDecisionNumber", "Nomor keputusan PPID")}
        {input("exemptDecisionDate", "Tanggal keputusan PPID", "date")}
        {input("exemptUntil", "Dikecualikan sampai", "date", "Wajib untuk huruf a–f, i, j; huruf g dan h tidak berakhir.")}
      </div>
      <Field id="exemptConsequence" label="Konsekuensi bila dibuka" error={error("exemptConsequence")} required>
        <textarea name="exemptConsequence" rows={3} defaultValue={value("exemptConsequence")} {...fieldAria("exemptConsequence", error("exemptConsequence"))} className={inputClass} />
      </Field>
    </fieldset>
  );
}
