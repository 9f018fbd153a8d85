import Link from "next/link";
import { requirePermission } from "@/lib/auth/guard";
import { hasPermission } from "@/lib/auth/roles";
import { FRESHNESS_LABELS, type FreshnessState } from "@/lib/catalogue/freshness";
import { mandatoryCoverage } from "@/lib/catalogue/coverage";
import { monitorItems } from "@/lib/catalogue/staff-queries";
import { getCatalogueSettings } from "@/lib/catalogue/settings";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { CoverageList } from "@/components/public/dip/coverage-list";
import { MonitorTable } from "@/components/staff/catalogue/monitor-table";
import { CatalogueSettingsForm } from "@/components/staff/catalogue/settings-form";
import { firstParam, type SearchParams } from "@/lib/http/search-params";

export const metadata = { title: "Daftar Informasi Publik — pemantauan" };

const STATES: FreshnessState[] = ["OVERDUE", "BROKEN", "DUE_SOON", "FRESH"];

export default async function CatalogueMonitorPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("readCatalogue");
  const status = firstParam((await searchParams).status);
  const [items, coverage, settings] = await Promise.all([monitorItems(user), mandatoryCoverage(), getCatalogueSettings()]);
  const filter = STATES.find((s) => s === status) ?? null;
  const shown = filter ? items.filter((i) => i.freshness.state === filter) : items;
  const count = (s: FreshnessState) => items.filter((i) => i.freshness.state === s).length;
  return (
    <div className="space-y-4">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <h1 className="text-2xl font-bold">Daftar Informasi Publik</h1>
        {hasPermission(user.role, "manageCatalogue") && (
          <div className="flex flex-wrap gap-2">
            <Link href="/staf/informasi/baru" className={buttonClass("primary")}>Tambah informasi</Link>
            <Link href="/staf/informasi/wajib" className={buttonClass("secondary")}>Daftar informasi wajib</Link>
          </div>
        )}
      </div>
      <p className="text-sm text-slate-700">
        Item ditinjau sesuai siklusnya sejak pembaruan atau verifikasi terakhir (berkala paling lama 6 bulan). &quot;Segera jatuh tempo&quot;
        berarti {settings.dueSoonDays} hari atau kurang sebelum jadwal tinjauan (paling lama separuh siklus). Pengumuman serta merta tampil di
        spanduk portal selama {settings.bannerDays} hari.
      </p>
      <nav aria-label="Saring status">
        <ul className="flex flex-wrap gap-2 text-sm">
          <li><Link href="/staf/informasi" aria-current={!filter ? "page" : undefined} className="block rounded-full border px-3 py-1 no-underline aria-[current=page]:bg-brand-700 aria-[current=page]:text-white">Semua ({items.length})</Link></li>
          {STATES.map((s) => (
            <li key={s}>
              <Link href={`/staf/informasi?status=${s}`} aria-current={filter === s ? "page" : undefined} className="block rounded-full border px-3 py-1 no-underline aria-[current=page]:bg-brand-700 aria-[current=page]:text-white">
                {FRESHNESS_LABELS[s]} ({count(s)})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Card title="Item informasi">
        <MonitorTable items={shown} caption="Item Daftar Informasi Publik dan status kemutakhirannya" />
      </Card>
      <Card title="Ketersediaan informasi wajib">
        <CoverageList rows={coverage} />
      </Card>
      {hasPermission(user.role, "manageSettings") && (
        <Card title="Pengaturan pemantauan">
          <CatalogueSettingsForm settings={settings} />
        </Card>
      )}
    </div>
  );
}
