import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { requirePermission } from "@/lib/auth/guard";
import { getReportSignatory } from "@/lib/settings/report-signatory";
import { saveReportSignatoryAction } from "@/lib/settings/report-signatory-actions";

export const metadata = { title: "Penanda tangan laporan" };

/** Who signs the monthly to annual evaluation reports (screen, PDF): usually the Kepala Dinas. */
export default async function ReportSignatoryPage() {
  await requirePermission("manageSettings");
  const signatory = await getReportSignatory();
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">Penanda tangan laporan evaluasi</h1>
      <p className="text-sm text-slate-700">
        Nama, jabatan dan NIP ini tercetak pada blok tanda tangan <Link href="/staf/laporan" className="underline">laporan evaluasi</Link> bulanan,
        triwulan, semester dan tahunan (layar dan PDF). Penanda tangan surat kepada pemohon diatur di menu Kop surat.
      </p>
      <ActionForm
        action={saveReportSignatoryAction}
        submitLabel="Simpan penanda tangan"
        fields={[
          { name: "name", label: "Nama penanda tangan", kind: "text", required: true, defaultValue: signatory.name, hint: "Lengkap dengan gelar, misalnya Ir. Stefanus Dominggus Koli, M.T." },
          { name: "title", label: "Jabatan penanda tangan", kind: "text", required: true, defaultValue: signatory.title },
          { name: "nip", label: "NIP penanda tangan", kind: "text", defaultValue: signatory.nip, hint: "18 angka; spasi boleh (19690421 199503 1 002). Kosongkan bila tidak ada." },
        ]}
      />
    </div>
  );
}
