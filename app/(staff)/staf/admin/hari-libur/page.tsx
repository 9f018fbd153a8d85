import Link from "next/link";
import { requirePermission } from "@/lib/auth/guard";
import { todayInZone } from "@/lib/deadlines";
import { getClockSettings } from "@/lib/settings/clock";
import { listHolidayYears, listHolidaysOfYear } from "@/lib/holidays/queries";
import { holidayYearSchema } from "@/lib/holidays/schema";
import { addHolidayAction } from "@/lib/holidays/actions";
import { describeRecompute } from "@/lib/holidays/recompute-summary";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { FormMessage } from "@/components/ui/form-message";
import { HolidayForm } from "@/components/staff/admin/holiday-form";
import { HolidayTable } from "@/components/staff/admin/holiday-table";
import { HolidayYearToggle } from "@/components/staff/admin/holiday-buttons";
import { firstParam, type SearchParams } from "@/lib/http/search-params";

export const metadata = { title: "Hari libur" };

const count = (value: SearchParams[string]) => Math.max(0, Number(firstParam(value)) || 0);

export default async function HolidaysPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("manageHolidays");
  const query = await searchParams;
  const settings = await getClockSettings();
  const currentYear = Number(todayInZone(new Date(), settings.timeZone).slice(0, 4));
  const parsedYear = holidayYearSchema.safeParse(firstParam(query.tahun));
  const year = parsedYear.success ? parsedYear.data : currentYear;
  const [years, holidays] = await Promise.all([listHolidayYears(), listHolidaysOfYear(year)]);
  const yearInfo = years.find((y) => y.year === year);
  const shownYears = [...new Set([...years.map((y) => y.year), currentYear, currentYear + 1, year])].sort((a, b) => a - b);
  const deleted = query.dihapus === "1" ? `Hari libur dihapus. ${describeRecompute({ checked: count(query.diperiksa), changed: count(query.berubah) })}` : null;

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Hari libur</h1>
      <p className="text-sm text-slate-700">
        Hari kerja adalah Senin–Jumat di luar hari libur di bawah ini. Setiap perubahan langsung menghitung ulang tenggat
        permohonan yang belum diputuskan; permohonan yang sudah diputuskan atau selesai tidak diubah.
      </p>
      <nav aria-label="Pilih tahun" className="flex flex-wrap gap-2">
        {shownYears.map((y) => (
          <Link
            key={y}
            href={`/staf/admin/hari-libur?tahun=${y}`}
            aria-current={y === year ? "page" : undefined}
            className={`rounded-md border px-3 py-1 text-sm ${y === year ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white"}`}
          >
            {y}
          </Link>
        ))}
      </nav>
      <FormMessage ok message={deleted} />
      <Card title={`Status data tahun ${year}`}>
        <p className="mb-3 text-sm">
          {yearInfo?.complete ? (
            <>
              <Badge tone="success">Lengkap</Badge> Sumber: {yearInfo.source ?? "—"}
            </>
          ) : (
            <>
              <Badge tone="warning">Belum lengkap</Badge> Tenggat yang melewati tahun {year} diberi peringatan bahwa data hari libur belum
              tersedia.
            </>
          )}
        </p>
        <HolidayYearToggle year={year} complete={Boolean(yearInfo?.complete)} />
      </Card>
      <Card title={`Daftar hari libur ${year} (${holidays.length})`}>
        <HolidayTable holidays={holidays} yearSource={yearInfo?.source} />
      </Card>
      <Card title="Tambah hari libur">
        <HolidayForm action={addHolidayAction} initial={{ date: "", kind: "", name: "" }} submitLabel="Tambah hari libur" />
      </Card>
    </div>
  );
}
