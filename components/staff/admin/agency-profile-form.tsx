"use client";
import type { AgencyProfile } from "@/lib/settings/agency";
import { saveAgencyProfileAction } from "@/lib/settings/actions";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useAdminAction } from "@/components/staff/admin/use-admin-action";

const FIELDS: { name: keyof AgencyProfile; label: string; hint?: string; type?: string }[] = [
  { name: "name", label: "Nama instansi", hint: "Dipakai pada kop surat, tanda terima dan laporan." },
  { name: "parentName", label: "Instansi induk" },
  { name: "address", label: "Alamat" },
  { name: "phone", label: "Telepon" },
  { name: "email", label: "Surel PPID", type: "email" },
  {
    name: "registrationCode",
    label: "Kode penomoran",
    hint: "Bagian nomor registrasi permohonan (huruf kapital, angka, titik, tanda hubung). Nomor yang sudah terbit tidak berubah.",
  },
];

export function AgencyProfileForm({ profile }: { profile: AgencyProfile }) {
  const form = useAdminAction(saveAgencyProfileAction);
  return (
    <form action={form.formAction} noValidate className="space-y-4">
      <FormMessage ok={form.state.ok} message={form.state.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        {FIELDS.map(({ name, label, hint, type }) => (
          <Field key={name} id={`agency-${name}`} label={label} hint={hint} error={form.error(name)} required={name !== "parentName"}>
            <input
              name={name}
              type={type ?? "text"}
              defaultValue={form.value(name, profile[name])}
              {...fieldAria(`agency-${name}`, form.error(name), Boolean(hint))}
              className={inputClass}
            />
          </Field>
        ))}
      </div>
      <Button type="submit" disabled={form.pending}>
        {form.pending ? "Menyimpan…" : "Simpan profil instansi"}
      </Button>
    </form>
  );
}
