import Link from "next/link";
import type { HolidayKind } from "@/lib/generated/prisma/enums";
import { HOLIDAY_KIND_LABELS } from "@/lib/holidays/labels";
import { formatDate } from "@/lib/format/dates";
import type { CalendarDate } from "@/lib/deadlines";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const KIND_TONES: Record<HolidayKind, BadgeTone> = { LIBUR_NASIONAL: "danger", CUTI_BERSAMA: "info", LIBUR_LOKAL: "warning" };

type HolidayRow = { id: string; date: CalendarDate; kind: HolidayKind; name: string; source: string | null };

/** `yearSource`: the year's own source, shown once above the table, so rows show only a different one. */
export function HolidayTable({ holidays, yearSource }: { holidays: HolidayRow[]; yearSource?: string | null }) {
  if (holidays.length === 0) return <p>Belum ada hari libur untuk tahun ini.</p>;
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <thead className="border-b border-slate-300 text-slate-700">
          <tr>
            <th scope="col" className="py-2 pr-3">Tanggal</th>
            <th scope="col" className="py-2 pr-3">Jenis</th>
            <th scope="col" className="py-2 pr-3">Nama</th>
            <th scope="col" className="py-2"><span className="sr-only">Tindakan</span></th>
          </tr>
        </thead>
        <tbody>
          {holidays.map((holiday) => (
            <tr key={holiday.id} className="border-b border-slate-100 align-top">
              <td className="whitespace-nowrap py-2 pr-3">{formatDate(holiday.date, { weekday: true })}</td>
              <td className="py-2 pr-3">
                <Badge tone={KIND_TONES[holiday.kind]}>{HOLIDAY_KIND_LABELS[holiday.kind]}</Badge>
              </td>
              <td className="py-2 pr-3">
                {holiday.name}
                {holiday.source && holiday.source !== yearSource && <span className="block text-xs text-slate-600">Sumber: {holiday.source}</span>}
              </td>
              <td className="py-2">
                <Link href={`/staf/admin/hari-libur/${holiday.id}`} className="inline-flex min-h-11 min-w-11 items-center px-2 font-medium underline">
                  Ubah<span className="sr-only"> {holiday.name}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
