import Link from "next/link";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { Badge } from "@/components/ui/badge";

type UserRow = { id: string; username: string; name: string; email: string | null; role: Role; active: boolean; isDemo: boolean };

export function UserTable({ users }: { users: UserRow[] }) {
  if (users.length === 0) return <p>Belum ada akun.</p>;
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">Daftar akun staf</caption>
        <thead className="border-b border-slate-300 text-slate-700">
          <tr>
            <th scope="col" className="py-2 pr-3">Nama pengguna</th>
            <th scope="col" className="py-2 pr-3">Nama</th>
            <th scope="col" className="py-2 pr-3">Peran</th>
            <th scope="col" className="py-2 pr-3">Status</th>
            <th scope="col" className="py-2"><span className="sr-only">Tindakan</span></th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className="border-b border-slate-100 align-top">
              <td className="py-2 pr-3 font-mono">{user.username}</td>
              <td className="py-2 pr-3">
                {user.name}
                {user.email && <span className="block text-xs text-slate-600">{user.email}</span>}
              </td>
              <td className="py-2 pr-3">{ROLE_LABELS[user.role]}</td>
              <td className="space-x-1 py-2 pr-3">
                <Badge tone={user.active ? "success" : "neutral"}>{user.active ? "Aktif" : "Nonaktif"}</Badge>
                {user.isDemo && <Badge tone="warning">Demo</Badge>}
              </td>
              <td className="py-2">
                <Link href={`/staf/admin/pengguna/${user.id}`} className="inline-flex min-h-11 min-w-11 items-center px-2 font-medium underline">
                  Kelola<span className="sr-only"> {user.username}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
