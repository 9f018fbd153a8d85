import Link from "next/link";
import { requirePermission } from "@/lib/auth/guard";
import { formatDateTime } from "@/lib/format/dates";
import type { ComplaintStatus } from "@/lib/generated/prisma/enums";
import { CATEGORY_LABELS, COMPLAINT_STATUS_LABELS } from "@/lib/complaints/labels";
import { listComplaints } from "@/lib/complaints/queries";
import { firstParam, type SearchParams } from "@/lib/http/search-params";

export const metadata = { title: "Pengaduan" };
const STATUSES = Object.keys(COMPLAINT_STATUS_LABELS) as ComplaintStatus[];

export default async function ComplaintsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("readComplaints");
  const status = firstParam((await searchParams).status);
  const rows = await listComplaints(user, STATUSES.includes(status as ComplaintStatus) ? (status as ComplaintStatus) : undefined);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Pengaduan</h1>
      <nav aria-label="Saring status" className="flex flex-wrap gap-3 text-sm">
        <Link href="/staf/pengaduan">Semua</Link>
        {STATUSES.map((s) => <Link key={s} href={`/staf/pengaduan?status=${s}`}>{COMPLAINT_STATUS_LABELS[s]}</Link>)}
      </nav>
      {rows.length === 0 ? <p>Tidak ada pengaduan.</p> : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm">
            <thead><tr className="text-left"><th className="p-2">Nomor</th><th className="p-2">Diterima</th><th className="p-2">Kategori</th><th className="p-2">Pelapor</th><th className="p-2">Status</th></tr></thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id} className="border-t border-slate-200">
                  <td className="p-2"><Link href={`/staf/pengaduan/${c.id}`}>{c.registrationNumber}</Link></td>
                  <td className="p-2">{formatDateTime(c.receivedAt)}</td>
                  <td className="p-2">{CATEGORY_LABELS[c.category]}</td>
                  <td className="p-2">{c.anonymous ? "Anonim" : "Beridentitas"}</td>
                  <td className="p-2">{COMPLAINT_STATUS_LABELS[c.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
