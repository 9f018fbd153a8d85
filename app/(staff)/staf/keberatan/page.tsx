import Link from "next/link";
import { requirePermission } from "@/lib/auth/guard";
import { hasPermission } from "@/lib/auth/roles";
import { Badge } from "@/components/ui/badge";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import type { ObjectionStatus } from "@/lib/generated/prisma/enums";
import { GROUND_LETTERS, OBJECTION_STATUS_LABELS } from "@/lib/objections/labels";
import { listObjections } from "@/lib/objections/queries";
import { firstParam, type SearchParams } from "@/lib/http/search-params";

export const metadata = { title: "Keberatan" };

const STATUSES = Object.keys(OBJECTION_STATUS_LABELS) as ObjectionStatus[];

export default async function ObjectionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("readObjections");
  const raw = firstParam((await searchParams).status);
  // The Atasan PPID's inbox: objections waiting for an answer, unless another view is chosen.
  const status = STATUSES.includes(raw as ObjectionStatus) ? (raw as ObjectionStatus) : raw === "semua" ? undefined : user.role === "ATASAN" ? "DIAJUKAN" : undefined;
  const rows = await listObjections(user, status);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{user.role === "ATASAN" ? "Kotak masuk keberatan Atasan PPID" : "Keberatan"}</h1>
      <nav aria-label="Saring status" className="flex flex-wrap gap-2 text-sm">
        <Link href="/staf/keberatan?status=semua">Semua</Link>
        {STATUSES.map((s) => <Link key={s} href={`/staf/keberatan?status=${s}`}>{OBJECTION_STATUS_LABELS[s]}</Link>)}
        {hasPermission(user.role, "exportRegister") && <Link href="/staf/keberatan/register">Register keberatan</Link>}
      </nav>
      {rows.length === 0 ? (
        <p>Tidak ada keberatan pada tampilan ini.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm">
            <thead>
              <tr className="text-left"><th className="p-2">Nomor</th><th className="p-2">Diterima</th><th className="p-2">Pemohon / permohonan</th><th className="p-2">Alasan</th><th className="p-2">Batas tanggapan</th><th className="p-2">Status</th></tr>
            </thead>
            <tbody>
              {rows.map((o) => (
                <tr key={o.id} className="border-t border-slate-200">
                  <td className="p-2"><Link href={`/staf/keberatan/${o.id}`}>{o.registrationNumber}</Link>{o.late && !o.lateAcceptedAt && <> <Badge tone="warning">Terlambat</Badge></>}</td>
                  <td className="p-2">{formatDateTime(o.receivedAt)}</td>
                  <td className="p-2">{o.request.applicantName}<br /><span className="text-slate-600">{o.request.registrationNumber}</span></td>
                  <td className="p-2">{o.grounds.map((g) => GROUND_LETTERS[g]).join(", ")}</td>
                  <td className="p-2">{formatDate(o.answerDueDate)}</td>
                  <td className="p-2">{OBJECTION_STATUS_LABELS[o.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
