import Link from "next/link";
import { requirePermission } from "@/lib/auth/guard";
import { listInstruments } from "@/lib/internal-audit/instrument-queries";
import { formatDate } from "@/lib/format/dates";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";

export const metadata = { title: "Instrumen audit internal" };

export default async function InstrumentListPage() {
  const user = await requirePermission("readOversight");
  const instruments = await listInstruments(user);
  return (
    <div className="space-y-4">
      <p className="text-sm"><Link href="/staf/audit">← Audit internal</Link></p>
      <h1 className="text-2xl font-bold">Instrumen audit internal</h1>
      <p className="text-sm text-slate-700">
        Audit baru memakai instrumen yang aktif. Instrumen yang sudah dipakai audit tidak diubah agar nilai lama tetap bermakna; ubahlah salinannya (versi baru), lalu aktifkan.
      </p>
      <Card title="Daftar instrumen">
        <ul className="divide-y divide-slate-100">
          {instruments.map((i) => (
            <li key={i.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                <Link href={`/staf/audit/instrumen/${i.id}`} className="font-semibold">{i.name}</Link>
                <span className="block text-xs text-slate-600">Dibuat {formatDate(i.createdAt)} · dipakai {i._count.audits} audit</span>
              </span>
              <Badge tone={i.active ? "success" : i._count.audits === 0 ? "warning" : "info"}>{i.active ? "Aktif" : i._count.audits === 0 ? "Draf" : "Riwayat"}</Badge>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
