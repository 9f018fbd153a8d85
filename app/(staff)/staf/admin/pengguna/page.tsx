import Link from "next/link";
import { requirePermission } from "@/lib/auth/guard";
import { listUsers } from "@/lib/users/queries";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { UserTable } from "@/components/staff/admin/user-table";

export const metadata = { title: "Pengguna dan peran" };

export default async function UsersPage() {
  await requirePermission("manageUsers");
  const users = await listUsers();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">Pengguna dan peran</h1>
        <Link href="/staf/admin/pengguna/baru" className={buttonClass()}>
          Tambah pengguna
        </Link>
      </div>
      <Card>
        <p className="mb-3 text-sm text-slate-700">
          Akun tidak pernah dihapus agar jejak audit tetap utuh; akun yang tidak dipakai lagi dinonaktifkan. Harus selalu ada
          minimal satu Administrator aktif.
        </p>
        <UserTable users={users} />
      </Card>
    </div>
  );
}
