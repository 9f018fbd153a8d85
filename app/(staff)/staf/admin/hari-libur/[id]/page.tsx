import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { getHoliday } from "@/lib/holidays/queries";
import { updateHolidayAction } from "@/lib/holidays/actions";
import { Card } from "@/components/ui/card";
import { HolidayForm } from "@/components/staff/admin/holiday-form";
import { HolidayDeleteButton } from "@/components/staff/admin/holiday-buttons";

export const metadata = { title: "Ubah hari libur" };

export default async function EditHolidayPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("manageHolidays");
  const { id } = await params;
  const holiday = await getHoliday(id);
  if (!holiday) notFound();
  const year = Number(holiday.date.slice(0, 4));
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={`/staf/admin/hari-libur?tahun=${year}`}>← Hari libur {year}</Link>
      </p>
      <h1 className="text-2xl font-bold">Ubah hari libur</h1>
      <Card>
        <HolidayForm
          action={updateHolidayAction.bind(null, holiday.id)}
          initial={{ date: holiday.date, kind: holiday.kind, name: holiday.name }}
          submitLabel="Simpan perubahan"
        />
      </Card>
      <Card title="Hapus">
        <p className="mb-3 text-sm text-slate-700">Hapus bila tanggal ini ternyata hari kerja biasa (misalnya cuti bersama dibatalkan).</p>
        <HolidayDeleteButton id={holiday.id} label={`${holiday.date} ${holiday.name}`} />
      </Card>
    </div>
  );
}
