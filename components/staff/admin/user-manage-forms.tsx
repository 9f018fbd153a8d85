"use client";
import { changeUserRoleAction, resetUserPasswordAction, setUserActiveAction } from "@/lib/users/actions";
import type { Role } from "@/lib/auth/roles";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useAdminAction } from "@/components/staff/admin/use-admin-action";
import { RoleSelect } from "@/components/staff/admin/role-select";
import { PasswordFields } from "@/components/staff/admin/password-fields";

const panel = "space-y-3 rounded-md border border-slate-200 p-4";

export function UserRoleForm({ userId, role }: { userId: string; role: Role }) {
  const form = useAdminAction(changeUserRoleAction.bind(null, userId));
  return (
    <form action={form.formAction} noValidate aria-labelledby="peran-judul" className={panel}>
      <h3 id="peran-judul" className="font-semibold">Ubah peran</h3>
      <FormMessage ok={form.state.ok} message={form.state.message} />
      <Field id="role" label="Peran" error={form.error("role")} required>
        <RoleSelect id="role" defaultValue={form.value("role", role)} error={form.error("role")} />
      </Field>
      <Button type="submit" disabled={form.pending}>{form.pending ? "Menyimpan…" : "Simpan peran"}</Button>
    </form>
  );
}

export function UserActiveForm({ userId, active, username }: { userId: string; active: boolean; username: string }) {
  const form = useAdminAction(setUserActiveAction.bind(null, userId, !active));
  const question = active
    ? `Nonaktifkan akun ${username}? Akun ini tidak akan dapat masuk sampai diaktifkan kembali.`
    : `Aktifkan kembali akun ${username}?`;
  return (
    <form
      action={form.formAction}
      aria-labelledby="status-judul"
      className={panel}
      onSubmit={(event) => {
        if (!window.confirm(question)) event.preventDefault();
      }}
    >
      <h3 id="status-judul" className="font-semibold">Status akun</h3>
      <FormMessage ok={form.state.ok} message={form.state.message} />
      <p className="text-sm text-slate-700">
        {active
          ? "Akun nonaktif tidak dapat masuk, tetapi riwayat dan jejak auditnya tetap tersimpan."
          : "Akun ini nonaktif dan tidak dapat masuk."}
      </p>
      <Button type="submit" variant={active ? "danger" : "primary"} disabled={form.pending}>
        {active ? "Nonaktifkan akun" : "Aktifkan kembali"}
      </Button>
    </form>
  );
}

export function UserPasswordForm({ userId }: { userId: string }) {
  const form = useAdminAction(resetUserPasswordAction.bind(null, userId));
  return (
    <form action={form.formAction} noValidate aria-labelledby="sandi-judul" className={panel}>
      <h3 id="sandi-judul" className="font-semibold">Atur ulang kata sandi</h3>
      <p className="text-sm text-slate-700">Kata sandi lama tidak dapat dilihat siapa pun; yang dapat dilakukan hanya menggantinya.</p>
      <FormMessage ok={form.state.ok} message={form.state.message} />
      <PasswordFields error={form.error} />
      <Button type="submit" variant="secondary" disabled={form.pending}>{form.pending ? "Menyimpan…" : "Ganti kata sandi"}</Button>
    </form>
  );
}
