import Link from "next/link";
import { requirePermission } from "@/lib/auth/guard";
import { Card } from "@/components/ui/card";
import { UserCreateForm } from "@/components/staff/admin/user-create-form";

export const metadata = { title: "Tambah pengguna" };

export default async function NewUserPage() {
  await requirePermission("manageUsers");
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/staf/admin/pengguna">← Pengguna dan peran</Link>
      </p>
      <h1 className="text-2xl font-bold">Tambah pengguna</h1>
      <Card>
        <p className="mb-4 text-sm text-slate-700">
          Sampaikan kata sandi awal kepada pemilik akun secara langsung. Kolom bertanda <span className="text-red-700">*</span> wajib diisi.
        </p>
        <UserCreateForm />
      </Card>
    </div>
  );
}
