import Link from "next/link";
import { requirePermission } from "@/lib/auth/guard";
import { formatDate } from "@/lib/format/dates";
import { objectionRegisterRows } from "@/lib/objections/queries";
import { OBJECTION_REGISTER_HEADERS, objectionRegisterCells } from "@/lib/objections/register-columns";
import { periodTitle } from "@/lib/reports/period";
import { RegisterPeriodBar } from "@/components/staff/register-period-bar";
import { resolveRegisterPeriod } from "@/lib/requests/register-view";
import { getClockSettings } from "@/lib/settings/clock";
import type { CalendarDate } from "@/lib/deadlines";
import type { SearchParams } from "@/lib/http/search-params";

export const metadata = { title: "Register keberatan" };

export default async function ObjectionRegisterPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("exportRegister");
  const { shown, period, today, range } = await resolveRegisterPeriod(await searchParams);
  const [rows, { timeZone }] = await Promise.all([objectionRegisterRows(user, range), getClockSettings()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Register keberatan — {periodTitle(period)}</h1>
      <p className="text-sm"><Link href="/staf/keberatan">Kembali ke keberatan</Link></p>
      <RegisterPeriodBar path="/staf/keberatan/register" shown={shown} today={today} />
      <div className="overflow-x-auto">
        <table className="min-w-full text-xs">
          <thead><tr>{OBJECTION_REGISTER_HEADERS.map((h) => <th key={h} className="p-2 text-left align-bottom">{h}</th>)}</tr></thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.registrationNumber} className="border-t border-slate-200">
                {objectionRegisterCells(row, (d) => formatDate(d as CalendarDate), timeZone).map((cell, i) => <td key={i} className="p-2 align-top">{cell}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && <p>Belum ada keberatan pada periode ini.</p>}
    </div>
  );
}
