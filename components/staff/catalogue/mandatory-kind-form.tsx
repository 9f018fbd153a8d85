"use client";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useAdminAction } from "@/components/staff/admin/use-admin-action";
import { saveMandatoryKindAction } from "@/lib/catalogue/actions";

type Kind = { id: string; code: string; category: string; legalBasis: string; title: string; description: string | null; sortOrder: number; active: boolean };

/** Adds (kind null) or edits one entry of the mandatory list. */
export function MandatoryKindForm({ kind }: { kind: Kind | null }) {
  const form = useAdminAction(saveMandatoryKindAction.bind(null, kind?.id ?? null));
  const { error } = form;
  const prefix = kind?.id ?? "baru";
  const value = (name: keyof Kind) => form.value(name, kind ? String(kind[name] ?? "") : name === "sortOrder" ? "100" : "");
  const input = (name: keyof Kind, label: string, required = true) => (
    <Field id={`${prefix}-${name}`} label={label} error={error(name)} required={required}>
      <input name={name} defaultValue={value(name)} {...fieldAria(`${prefix}-${name}`, error(name))} className={inputClass} />
    </Field>
  );
  return (
    <form action={form.formAction} noValidate className="space-y-3">
      <FormMessage ok={form.state.ok} message={form.state.message} />
      <div className="grid gap-3 sm:grid-cols-2">
        {input("title", "Nama jenis informasi")}
        {input("code", "Kode")}
        <Field id={`${prefix}-category`} label="Kategori" error={error("category")} required>
          <select key={value("category") || "BERKALA"} id={`${prefix}-category`} name="category" defaultValue={value("category") || "BERKALA"} className={inputClass}>
            <option value="BERKALA">Berkala (Pasal 9)</option>
            <option value="SETIAP_SAAT">Setiap saat (Pasal 11)</option>
          </select>
        </Field>
        {input("legalBasis", "Dasar hukum")}
        {input("description", "Keterangan", false)}
        {input("sortOrder", "Urutan")}
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="active" defaultChecked={kind ? (form.state.values ? value("active") === "on" : kind.active) : true} /> Aktif (dipantau)
      </label>
      <Button type="submit" disabled={form.pending}>{kind ? "Simpan" : "Tambah jenis informasi wajib"}</Button>
    </form>
  );
}
