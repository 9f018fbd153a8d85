import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { getUserForAdmin } from "@/lib/users/queries";
import { formatDateTime } from "@/lib/format/dates";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { FormMessage } from "@/components/ui/form-message";
import { UserActiveForm, UserPasswordForm, UserRoleForm } from "@/components/staff/admin/user-manage-forms";
import type { SearchParams } from "@/lib/http/search-params";

export const metadata = { title: "Kelola pengguna" };

export default async function ManageUserPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const actor = await requirePermission("manageUsers");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await getUserForAdmin(id);
  if (!user) notFound();
  const isSelf = user.id === actor.id;

  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/staf/admin/pengguna">← Pengguna dan peran</Link>
      </p>
      <h1 className="text-2xl font-bold">
        {user.name} <span className="font-mono text-lg text-slate-600">({user.username})</span>
      </h1>
      {query.dibuat === "1" && <FormMessage ok message={`Akun ${user.username} berhasil dibuat.`} />}
      <Card title="Data akun">
        <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="font-medium">Peran</dt>
          <dd>{ROLE_LABELS[user.role]}</dd>
          <dt className="font-medium">Status</dt>
          <dd className="space-x-1">
            <Badge tone={user.active ? "success" : "neutral"}>{user.active ? "Aktif" : "Nonaktif"}</Badge>
            {user.isDemo && <Badge tone="warning">Akun demo (hanya dapat masuk dalam mode demo)</Badge>}
          </dd>
          <dt className="font-medium">Surel</dt>
          <dd>{user.email ?? "—"}</dd>
          <dt className="font-medium">NIP</dt>
          <dd>{user.nip ?? "—"}</dd>
          <dt className="font-medium">Dibuat</dt>
          <dd>{formatDateTime(user.createdAt)}</dd>
        </dl>
      </Card>
      {isSelf && (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          Ini akun Anda sendiri: Anda tidak dapat menurunkan peran atau menonaktifkannya. Minta Administrator lain bila perlu.
        </p>
      )}
      <div className="grid gap-4 lg:grid-cols-2">
        <UserRoleForm userId={user.id} role={user.role} />
        <UserPasswordForm userId={user.id} />
        {!isSelf && <UserActiveForm userId={user.id} active={user.active} username={user.username} />}
      </div>
    </div>
  );
}
