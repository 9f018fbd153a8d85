import { requirePermission } from "@/lib/auth/guard";
import { getRegisterView } from "@/lib/requests/register-view";
import { MONTH_NAMES, periodLabel, registerQuery } from "@/lib/requests/register-period";
import { RegisterTable } from "@/components/staff/requests/register-table";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { RequestFiguresLine } from "@/components/reports/request-figures-line"; // issue 5

export const metadata = { title: "Register permohonan" };
import type { SearchParams } from "@/lib/http/search-params";

export default async function RegisterPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("exportRegister");
  const { period, rows, figures } = await getRegisterView(await searchParams);
  const label = periodLabel(period);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Register permohonan informasi</h1>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4" aria-label="Pilih periode register">
        <div className="space-y-1">
          <label htmlFor="tahun" className="block text-sm font-medium">Tahun</label>
          <input id="tahun" name="tahun" type="number" min={2000} max={2100} defaultValue={period.year} className={`${inputClass} w-28`} />
        </div>
        <div className="space-y-1">
          <label htmlFor="bulan" className="block text-sm font-medium">Bulan</label>
          <select id="bulan" name="bulan" defaultValue={period.month ?? "semua"} className={inputClass}>
            <option value="semua">Semua bulan</option>
            {MONTH_NAMES.map((name, i) => (
              <option key={name} value={i + 1}>{name}</option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass("secondary")}>Tampilkan</button>
        <a href={`/staf/register/csv?${registerQuery(period)}`} className={buttonClass()} download>
          Unduh CSV ({label})
        </a>
      </form>
      <p className="text-sm text-slate-700">
        {label}: {rows.length} permohonan, menurut tanggal diterima (WITA). Berkas CSV memakai pemisah titik koma (;) agar langsung terbaca
        oleh Excel berbahasa Indonesia.
      </p>
      <RequestFiguresLine figures={figures} />
      <RegisterTable rows={rows} caption={`Register permohonan ${label}`} />
    </div>
  );
}
