import Link from "next/link";
import { requirePermission } from "@/lib/auth/guard";
import { listMandatoryKinds } from "@/lib/catalogue/staff-item-query";
import { CATEGORY_LABELS } from "@/lib/catalogue/labels";
import { Card } from "@/components/ui/card";
import { MandatoryKindForm } from "@/components/staff/catalogue/mandatory-kind-form";

export const metadata = { title: "Daftar informasi wajib" };

export default async function MandatoryKindsPage() {
  const user = await requirePermission("manageCatalogue");
  const kinds = await listMandatoryKinds(user);
  return (
    <div className="space-y-4">
      <p className="text-sm"><Link href="/staf/informasi">← Daftar Informasi Publik</Link></p>
      <h1 className="text-2xl font-bold">Daftar informasi wajib</h1>
      <p className="text-sm text-slate-700">
        Jenis informasi yang wajib tersedia menurut UU KIP Pasal 9 (berkala) dan Pasal 11 (setiap saat). Dasbor dan portal menunjukkan jenis
        mana yang sudah memiliki item terbit yang mutakhir.
      </p>
      <Card title="Tambah jenis informasi wajib"><MandatoryKindForm kind={null} /></Card>
      {kinds.map((kind) => (
        <details key={kind.id} className="rounded-lg border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer font-medium">
            {kind.title} <span className="text-sm font-normal text-slate-600">({CATEGORY_LABELS[kind.category]}, {kind.legalBasis}{kind.active ? "" : ", nonaktif"})</span>
          </summary>
          <div className="mt-3"><MandatoryKindForm kind={kind} /></div>
        </details>
      ))}
    </div>
  );
}
