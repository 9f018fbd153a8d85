"use client";
import { createUserAction } from "@/lib/users/actions";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useAdminAction } from "@/components/staff/admin/use-admin-action";
import { RoleSelect } from "@/components/staff/admin/role-select";
import { PasswordFields } from "@/components/staff/admin/password-fields";

export function UserCreateForm() {
  const form = useAdminAction(createUserAction);
  const { error, value } = form;
  return (
    <form action={form.formAction} noValidate className="max-w-xl space-y-4">
      <FormMessage ok={form.state.ok} message={form.state.message} />
      <Field id="username" label="Nama pengguna" hint="Huruf kecil, angka, titik, garis bawah atau tanda hubung; 3–32 karakter." error={error("username")} required>
        <input name="username" defaultValue={value("username")} autoComplete="off" {...fieldAria("username", error("username"), true)} className={inputClass} />
      </Field>
      <Field id="name" label="Nama lengkap" error={error("name")} required>
        <input name="name" defaultValue={value("name")} {...fieldAria("name", error("name"))} className={inputClass} />
      </Field>
      <Field id="email" label="Surel (opsional)" error={error("email")}>
        <input type="email" name="email" defaultValue={value("email")} {...fieldAria("email", error("email"))} className={inputClass} />
      </Field>
      <Field id="nip" label="NIP (opsional)" hint="18 angka tanpa spasi." error={error("nip")}>
        <input name="nip" inputMode="numeric" defaultValue={value("nip")} {...fieldAria("nip", error("nip"), true)} className={inputClass} />
      </Field>
      <Field id="role" label="Peran" error={error("role")} required>
        <RoleSelect id="role" defaultValue={value("role")} error={error("role")} />
      </Field>
      <PasswordFields error={error} />
      <Button type="submit" disabled={form.pending}>
        {form.pending ? "Menyimpan…" : "Buat akun"}
      </Button>
    </form>
  );
}
