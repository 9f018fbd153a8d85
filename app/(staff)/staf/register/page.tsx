import { requirePermission } from "@/lib/auth/guard";
import type { SearchParams } from "@/lib/http/search-params";
import { getRegisterView } from "@/lib/requests/register-view";
import { periodTitle } from "@/lib/reports/period";
import { RegisterTable } from "@/components/staff/requests/register-table";
import { RegisterPeriodBar } from "@/components/staff/register-period-bar";
import { RequestFiguresLine } from "@/components/reports/request-figures-line";

export const metadata = { title: "Register permohonan" };

/** The register of requests received in a month, quarter, semester or year, with its figures and CSV. */
export default async function RegisterPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("exportRegister");
  const { shown, period, today, rows, figures } = await getRegisterView(await searchParams);
  const label = periodTitle(period);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Register permohonan informasi</h1>
      <RegisterPeriodBar path="/staf/register" shown={shown} today={today} />
      <p className="text-sm text-slate-700">
        {label}: {rows.length} permohonan, menurut tanggal diterima (WITA). Berkas CSV memakai pemisah titik koma (;) agar langsung terbaca
        oleh Excel berbahasa Indonesia.
      </p>
      <RequestFiguresLine figures={figures} />
      <RegisterTable rows={rows} caption={`Register permohonan ${label}`} />
    </div>
  );
}
