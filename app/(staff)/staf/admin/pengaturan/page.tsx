import { requirePermission } from "@/lib/auth/guard";
import { getClockSettings } from "@/lib/settings/clock";
import { getAgencyProfile } from "@/lib/settings/agency";
import { Card } from "@/components/ui/card";
import { ClockSettingsForm } from "@/components/staff/admin/clock-settings-form";
import { AgencyProfileForm } from "@/components/staff/admin/agency-profile-form";

export const metadata = { title: "Pengaturan" };

export default async function SettingsPage() {
  await requirePermission("manageSettings");
  const [settings, profile] = await Promise.all([getClockSettings(), getAgencyProfile()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Pengaturan</h1>
      <Card title="Penghitungan tenggat (hari kerja)">
        <p className="mb-4 text-sm text-slate-700">
          Pengaturan ini menentukan cara sistem menghitung tenggat menurut UU 14/2008. Menyimpan perubahan langsung menghitung ulang
          tenggat semua permohonan yang belum diputuskan; permohonan yang sudah diputuskan atau selesai tidak diubah. Setiap
          perubahan tercatat di log audit.
        </p>
        <ClockSettingsForm settings={settings} />
      </Card>
      <Card title="Profil instansi">
        <AgencyProfileForm profile={profile} />
      </Card>
    </div>
  );
}
