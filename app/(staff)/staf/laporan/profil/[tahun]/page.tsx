import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { hasPermission } from "@/lib/auth/roles";
import { emptyFacility, emptyProfileForm, emptyRegulation, profileFormFromProfile } from "@/lib/reports/annual-profile-form";
import { readAnnualProfilePage } from "@/lib/reports/annual-profile-services";
import { policyTables, resourceTables } from "@/lib/reports/annual-tables";
import { AnnualProfileForm } from "@/components/reports/annual-profile-form";
import { ReportTableView } from "@/components/reports/report-table-view";

export const metadata = { title: "Profil laporan tahunan" };

const COMPUTED = new Set(["pedoman", "sdm"]);

/** Kebijakan, sarana prasarana, SDM and anggaran of a year for the annual (and semester) report. */
export default async function AnnualProfilePage({ params }: { params: Promise<{ tahun: string }> }) {
  const user = await requirePermission("readReports");
  const { tahun } = await params;
  const year = Number(tahun);
  if (!/^\d{4}$/.test(tahun) || year < 2000 || year > 2100) notFound();
  const { sections, previous } = await readAnnualProfilePage(user, year);
  const canEdit = hasPermission(user.role, "manageReportProfile");
  const tables = [...policyTables(sections), ...resourceTables(sections)];
  // An empty year starts from last year's profile (the budget is new every year) and one empty row per list.
  const start = sections.profile ?? (previous && { ...previous, year, budgetAmount: null, budgetRealisation: null, budgetNotes: "" });
  const initial = start ? profileFormFromProfile(start) : emptyProfileForm(year);
  if (initial.regulations.length === 0) initial.regulations.push(emptyRegulation());
  if (initial.facilities.length === 0) initial.facilities.push(emptyFacility());
  return (
    <div className="max-w-4xl space-y-5">
      <h1 className="text-2xl font-bold">Profil laporan tahunan {year}</h1>
      <p className="text-sm text-slate-700">
        Bagian kebijakan dan sumber daya Laporan Layanan Informasi Publik tahun {year} (wajib disampaikan paling lambat 31 Maret tahun berikutnya)
        dan laporan semester kepada PPID Utama. Angka permohonan, keberatan, sengketa, kendala dan rekomendasi diambil dari register.
      </p>
      <nav aria-label="Tahun" className="flex flex-wrap gap-4 text-sm">
        {year > 2000 && <Link href={`/staf/laporan/profil/${year - 1}`} className="underline">← Profil {year - 1}</Link>}
        <Link href={`/staf/laporan/${year}`} className="underline">Laporan tahunan {year}</Link>
        {year < 2100 && <Link href={`/staf/laporan/profil/${year + 1}`} className="underline">Profil {year + 1} →</Link>}
      </nav>
      {!sections.profile && (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          Profil tahun {year} belum diisi{previous && canEdit ? `; isian awal di bawah disalin dari profil ${year - 1} (tanpa anggaran). Periksa, lalu simpan` : ""}.
        </p>
      )}
      {canEdit ? (
        <AnnualProfileForm year={year} initial={initial} />
      ) : (
        tables.filter((t) => !COMPUTED.has(t.id)).map((t) => <ReportTableView key={t.id} table={t} />)
      )}
      <section className="space-y-4">
        <h2 className="text-xl font-semibold">Dihitung otomatis</h2>
        <p className="text-sm text-slate-700">
          Diambil dari pustaka <Link href="/staf/sop" className="underline">SOP &amp; pedoman</Link> (yang publik tampil di <Link href="/standar-layanan" className="underline">/standar-layanan</Link>),
          akun pengguna aktif dan catatan <Link href="/staf/pembinaan" className="underline">pelatihan</Link>.
        </p>
        {tables.filter((t) => COMPUTED.has(t.id)).map((t) => <ReportTableView key={t.id} table={t} />)}
      </section>
    </div>
  );
}
