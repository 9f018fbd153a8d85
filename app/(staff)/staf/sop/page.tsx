import Link from "next/link";
import { requirePermission } from "@/lib/auth/guard";
import { listGuides } from "@/lib/guides/queries";
import { GUIDE_KIND_LABELS } from "@/lib/guides/labels";
import { formatDate } from "@/lib/format/dates";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { hasPermission } from "@/lib/auth/roles";
import { NewDocumentForm } from "@/components/staff/guides/new-document-form";

export const metadata = { title: "SOP & pedoman" };

export default async function GuidesPage() {
  const user = await requirePermission("readOversight");
  const docs = await listGuides();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">SOP, pedoman dan standar layanan</h1>
      <p className="text-sm text-slate-700">Dokumen bertanda &quot;Publik&quot; tampil di portal pada halaman <Link href="/standar-layanan">Standar Layanan</Link> dalam versi yang berlaku.</p>
      <Card>
        <ul className="divide-y divide-slate-100">
          {docs.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                <Link href={`/staf/sop/${d.id}`} className="font-semibold">{d.code} — {d.title}</Link>
                <span className="block text-xs text-slate-600">
                  {GUIDE_KIND_LABELS[d.kind]} · {d.current ? `versi ${d.current.version}, berlaku ${formatDate(d.current.effectiveDate)}` : "belum ada versi berlaku"}
                </span>
              </span>
              <span className="flex gap-2">
                {d.isPublic && <Badge tone="info">Publik</Badge>}
                {d.current && (d.readByMe ? <Badge tone="success">Sudah dibaca</Badge> : <Badge tone="warning">Belum dibaca</Badge>)}
              </span>
            </li>
          ))}
        </ul>
      </Card>
      {hasPermission(user.role, "manageGuides") && <NewDocumentForm />}
    </div>
  );
}
