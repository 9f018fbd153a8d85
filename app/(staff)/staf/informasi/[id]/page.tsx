import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { hasPermission } from "@/lib/auth/roles";
import { CATEGORY_LABELS } from "@/lib/catalogue/labels";
import { exemptBasisText, publicItemPath } from "@/lib/catalogue/open-data";
import { getStaffItem } from "@/lib/catalogue/staff-item-query";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { DefinitionRows } from "@/components/public/definition-rows";
import { FreshnessBadge } from "@/components/staff/catalogue/freshness-badge";
import { ChangeHistory, VerificationHistory } from "@/components/staff/catalogue/item-history";
import { VerificationForm } from "@/components/staff/catalogue/verification-form";
import { WithdrawButton } from "@/components/staff/catalogue/withdraw-button";
import { LinkCheckButton } from "@/components/staff/catalogue/link-check-button";
import { ItemFileList } from "@/components/staff/catalogue/item-file-list";
import { firstParam, type SearchParams } from "@/lib/http/search-params";

export const metadata = { title: "Item informasi publik" };

export default async function StaffCatalogueItemPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("readCatalogue");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const disimpan = firstParam(query.disimpan);
  const data = await getStaffItem(user, id);
  if (!data) notFound();
  const { item, freshness } = data;
  const canManage = hasPermission(user.role, "manageCatalogue");
  const exempt = item.category === "DIKECUALIKAN";
  return (
    <div className="space-y-4">
      <p className="text-sm"><Link href="/staf/informasi">← Daftar Informasi Publik</Link></p>
      {disimpan && <FormMessage ok message={item.publishedAt ? "Informasi disimpan dan tampil di portal publik." : "Informasi disimpan sebagai draf (belum tampil di portal)."} />}
      <h1 className="text-2xl font-bold">{item.title}</h1>
      <div className="flex flex-wrap items-center gap-3">
        <FreshnessBadge freshness={freshness} withDate />
        {freshness.reasons.map((r) => <span key={r} className="text-sm text-slate-700">{r}</span>)}
      </div>
      {canManage && (
        <div className="flex flex-wrap gap-2">
          <Link href={`/staf/informasi/${item.id}/ubah`} className={buttonClass("secondary")}>Ubah</Link>
          {item.publishedAt && <Link href={publicItemPath(item)} className={buttonClass("secondary")}>Lihat di portal</Link>}
        </div>
      )}
      <Card title="Rincian">
        <DefinitionRows
          rows={[
            { label: "Kategori", value: CATEGORY_LABELS[item.category] },
            { label: "Informasi wajib", value: item.mandatoryKind ? `${item.mandatoryKind.title} (${item.mandatoryKind.legalBasis})` : "—" },
            { label: "Ringkasan", value: item.summary || "—" },
            { label: "Unit / penanggung jawab", value: `${item.unit} — ${item.responsibleOfficial}` },
            { label: "Waktu dan tempat pembuatan", value: [item.madeWhen, item.madeWhere].filter(Boolean).join(", ") || "—" },
            { label: "Format / penyimpanan", value: `${item.formats.join(", ") || "—"} · ${item.retentionPeriod}` },
            { label: "Status portal", value: item.withdrawnAt ? `Ditarik ${formatDateTime(item.withdrawnAt)}` : item.publishedAt ? `Terbit ${formatDateTime(item.publishedAt)}` : "Draf" },
            { label: "Terakhir diperbarui", value: formatDate(item.lastUpdatedAt) },
            { label: "Terakhir diverifikasi", value: formatDateTime(item.lastVerifiedAt) },
            { label: "Siklus pembaruan", value: `${item.updateCycleMonths} bulan` },
            { label: "Tautan", value: item.linkUrl ? `${item.linkUrl} — ${item.linkCheckedAt ? `${item.linkOk ? "dapat dibuka" : "gagal"} pada pemeriksaan ${formatDateTime(item.linkCheckedAt)}` : "belum diperiksa"}` : "—" },
            ...(exempt
              ? [
                  { label: "Dasar pengecualian", value: exemptBasisText(item) },
                  { label: "Konsekuensi bila dibuka", value: item.exemptConsequence ?? "—" },
                  { label: "Keputusan PPID", value: `${item.exemptDecisionNumber ?? "—"}, ${formatDate(item.exemptDecisionDate)}` },
                  { label: "Dikecualikan sampai", value: item.exemptUntil ? formatDate(item.exemptUntil) : "Tidak berakhir (Pasal 17 huruf g/h)" },
                ]
              : []),
          ]}
        />
        {canManage && item.linkUrl && <div className="mt-3"><LinkCheckButton itemId={item.id} /></div>}
        <ItemFileList itemId={item.id} files={item.files.map(({ file }) => file)} canManage={canManage} />
      </Card>
      {canManage && (
        <Card title="Verifikasi kemutakhiran dan akurasi">
          <VerificationForm itemId={item.id} />
        </Card>
      )}
      <Card title="Riwayat verifikasi"><VerificationHistory verifications={item.verifications} /></Card>
      <Card title="Riwayat perubahan"><ChangeHistory history={data.history} /></Card>
      {canManage && item.publishedAt && (
        <Card title="Tampilan di portal"><WithdrawButton itemId={item.id} withdrawn={Boolean(item.withdrawnAt)} /></Card>
      )}
    </div>
  );
}
