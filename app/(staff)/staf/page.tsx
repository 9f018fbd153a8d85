import Link from "next/link";
import { requirePermission } from "@/lib/auth/guard";
import { getDashboard } from "@/lib/requests/staff-queries";
import { inboxHref, type InboxFilter } from "@/lib/requests/inbox-filters";
import { formatDate } from "@/lib/format/dates";
import { Card } from "@/components/ui/card";
import { InboxTable } from "@/components/staff/requests/inbox-table";
import { DashboardReminders } from "@/components/staff/catalogue/dashboard-reminders";
import { OpenFindingsCard } from "@/components/staff/oversight/open-findings-card";

export const metadata = { title: "Dasbor staf" };

export default async function DashboardPage() {
  const user = await requirePermission("readRequests");
  const data = await getDashboard();
  const tiles: { label: string; count: number; filter: Partial<InboxFilter>; tone: string }[] = [
    { label: "Permohonan baru", count: data.counts.baru, filter: { status: "DITERIMA" }, tone: "border-brand-300" },
    { label: "Sedang diproses", count: data.counts.diproses, filter: { status: "DIPROSES" }, tone: "border-slate-300" },
    { label: "Menunggu klarifikasi", count: data.counts.klarifikasi, filter: { status: "MENUNGGU_KLARIFIKASI" }, tone: "border-amber-300" },
    { label: "Jatuh tempo ≤ 3 hari kerja", count: data.counts.segera, filter: { due: "segera" }, tone: "border-amber-400" },
    { label: "Terlambat", count: data.counts.terlambat, filter: { due: "terlambat" }, tone: "border-red-400" },
  ];
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Dasbor</h1>
      <p className="text-sm text-slate-700">Hari ini {formatDate(data.dates.today, { weekday: true })} (zona waktu kantor).</p>
      {(data.holidayWarnings.length > 0 || data.requestsWithHolidayWarning > 0) && (
        <div role="alert" className="space-y-1 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {data.holidayWarnings.map((w) => (
            <p key={w}>{w}</p>
          ))}
          {data.requestsWithHolidayWarning > 0 && (
            <p>{data.requestsWithHolidayWarning} permohonan aktif memiliki tenggat yang dihitung tanpa data hari libur lengkap.</p>
          )}
          <p>Administrator dapat melengkapi data di menu Hari libur.</p>
        </div>
      )}
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        {tiles.map((tile) => (
          <li key={tile.label}>
            <Link href={inboxHref(tile.filter)} className={`block rounded-lg border-l-4 bg-white p-4 no-underline shadow-sm hover:bg-slate-50 ${tile.tone}`}>
              <span className="block text-3xl font-bold text-slate-900">{tile.count}</span>
              <span className="text-sm text-slate-700">{tile.label}</span>
            </Link>
          </li>
        ))}
      </ul>
      <Card title="Permohonan yang ditugaskan kepada saya">
        <InboxTable rows={data.mine.rows} dates={data.dates} caption="Permohonan aktif yang ditugaskan kepada saya" empty="Belum ada permohonan aktif yang ditugaskan kepada Anda." />
        {data.mine.total > data.mine.rows.length && (
          <p className="mt-2 text-sm">
            <Link href={inboxHref({ mine: true })}>Lihat semua ({data.mine.total})</Link>
          </p>
        )}
      </Card>
      <DashboardReminders user={user} />
      <OpenFindingsCard />
    </div>
  );
}
