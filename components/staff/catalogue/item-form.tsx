"use client";
import { useState } from "react";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useAdminAction, type AdminFormAction } from "@/components/staff/admin/use-admin-action";
import { CATEGORY_BASIS, CATEGORY_LABELS, EXEMPT_LETTERS } from "@/lib/catalogue/labels";
import { acceptAttribute, DIP_FILE_KINDS, kindsLabel, MAX_UPLOAD_LABEL } from "@/lib/files/limits";
import { ExemptFields } from "./exempt-fields";

export type ItemFormDefaults = Record<string, string>;
type Kind = { id: string; title: string; category: string };

/** Create/edit a DIP item. Serta merta items are published on save (no scheduling). */
export function ItemForm({ action, defaults, kinds, submitLabel }: { action: AdminFormAction; defaults: ItemFormDefaults; kinds: Kind[]; submitLabel: string }) {
  const form = useAdminAction(action);
  const { error } = form;
  const value = (name: string) => form.value(name, defaults[name] ?? "");
  const [category, setCategory] = useState(value("category") || "BERKALA");
  // React resets the form after each submission but not the controlled category select: remount the
  // form on every result so every field (and the category) shows the echoed values.
  const [seen, setSeen] = useState(form.state);
  const [round, setRound] = useState(0);
  if (seen !== form.state) {
    setSeen(form.state);
    setRound(round + 1);
    if (form.state.values?.category) setCategory(form.state.values.category);
  }
  const text = (name: string, label: string, opts: { required?: boolean; hint?: string; type?: string } = {}) => (
    <Field id={name} label={label} hint={opts.hint} error={error(name)} required={opts.required}>
      <input name={name} type={opts.type ?? "text"} defaultValue={value(name)} {...fieldAria(name, error(name), Boolean(opts.hint))} className={inputClass} />
    </Field>
  );
  return (
    <form key={round} action={form.formAction} noValidate className="space-y-5">
      <FormMessage ok={form.state.ok} message={form.state.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="category" label="Kategori" error={error("category")} required>
          <select name="category" value={category} onChange={(e) => setCategory(e.target.value)} {...fieldAria("category", error("category"))} className={inputClass}>
            {Object.entries(CATEGORY_LABELS).map(([key, label]) => (
              <option key={key} value={key}>{label} ({CATEGORY_BASIS[key as keyof typeof CATEGORY_BASIS]})</option>
            ))}
          </select>
        </Field>
        <Field id="mandatoryKindId" label="Memenuhi jenis informasi wajib" hint="Untuk pemantauan ketersediaan informasi wajib." error={error("mandatoryKindId")}>
          <select key={category} name="mandatoryKindId" defaultValue={value("mandatoryKindId")} {...fieldAria("mandatoryKindId", error("mandatoryKindId"), true)} className={inputClass}>
            <option value="">— Tidak ada —</option>
            {kinds.filter((k) => k.category === category).map((k) => <option key={k.id} value={k.id}>{k.title}</option>)}
          </select>
        </Field>
      </div>
      {category === "SERTA_MERTA" && (
        <p role="note" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          Informasi serta merta (UU KIP Pasal 10) langsung diumumkan di spanduk portal saat disimpan dan tidak dapat dijadwalkan atau ditunda.
        </p>
      )}
      {text("title", "Judul", { required: true })}
      <Field id="summary" label={category === "DIKECUALIKAN" ? "Ringkasan isi (internal, tidak pernah tampil publik)" : "Ringkasan isi"} error={error("summary")} required={category !== "DIKECUALIKAN"}>
        <textarea name="summary" rows={4} defaultValue={value("summary")} {...fieldAria("summary", error("summary"))} className={inputClass} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        {text("tags", "Kata kunci", { hint: "Pisahkan dengan koma, mis. harga bahan pokok, gula pasir." })}
        {text("formats", "Format tersedia", { hint: "Pisahkan dengan koma, mis. PDF, XLSX, CSV." })}
        {text("unit", "Unit pengelola", { required: true })}
        {text("responsibleOfficial", "Pejabat penanggung jawab", { required: true })}
        {text("madeWhen", "Waktu pembuatan", { hint: "Mis. Juli 2026." })}
        {text("madeWhere", "Tempat pembuatan", { hint: "Mis. Kupang." })}
        {text("retentionPeriod", "Jangka waktu penyimpanan", { required: true, hint: "Mis. 5 tahun; Permanen." })}
        {text("lastUpdatedAt", "Tanggal terakhir diperbarui", { required: true, type: "date" })}
        {text("updateCycleMonths", "Siklus pembaruan (bulan)", { required: true, type: "number", hint: "Informasi berkala paling lama 6 bulan (Pasal 9 ayat 4)." })}
        {text("linkUrl", "Tautan dokumen", { type: "url", hint: "Opsional bila berkas diunggah." })}
      </div>
      <Field id="file" label="Unggah berkas" hint={`${kindsLabel(DIP_FILE_KINDS)}; maksimal ${MAX_UPLOAD_LABEL}. Diperiksa menurut isinya.`} error={error("file")}>
        <input name="file" type="file" accept={acceptAttribute(DIP_FILE_KINDS)} {...fieldAria("file", error("file"), true)} className={inputClass} />
      </Field>
      {category === "DIKECUALIKAN" && <ExemptFields error={error} value={value} letters={EXEMPT_LETTERS} />}
      {category !== "SERTA_MERTA" && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="publish" defaultChecked={value("publish") === "on"} /> Terbitkan di portal publik sekarang
        </label>
      )}
      <Button type="submit" disabled={form.pending}>{form.pending ? "Menyimpan…" : submitLabel}</Button>
    </form>
  );
}
