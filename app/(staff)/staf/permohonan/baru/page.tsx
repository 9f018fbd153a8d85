import { requirePermission } from "@/lib/auth/guard";
import { zonedDateTime } from "@/lib/deadlines";
import { getClockSettings } from "@/lib/settings/clock";
import { newSubmissionKey } from "@/lib/requests/submission-key";
import { OfflineRequestForm } from "@/components/staff/requests/offline-request-form";

export const metadata = { title: "Catat permohonan luring" };

export default async function OfflineRequestPage() {
  await requirePermission("registerRequest");
  const { timeZone } = await getClockSettings();
  const now = zonedDateTime(new Date(), timeZone);
  const nowLocal = `${now.date}T${String(now.hour).padStart(2, "0")}:${String(now.minute).padStart(2, "0")}`;
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">Catat permohonan luring</h1>
      <p className="text-sm text-slate-700">
        Untuk permohonan yang diterima melalui surel, surat, datang langsung atau telepon (permohonan lisan dicatat oleh petugas).
        Nomor registrasi terbit saat disimpan; tenggat 10 hari kerja dihitung dari waktu penerimaan yang diisi di bawah.
      </p>
      <OfflineRequestForm submissionKey={newSubmissionKey()} nowLocal={nowLocal} />
    </div>
  );
}
