import Link from "next/link";
import { Card } from "@/components/ui/card";
import { openFindingsForDashboard } from "@/lib/internal-audit/queries";
import { FindingsTable } from "./findings-table";

/** Dashboard section: open audit findings, the signed-in officer's own listed first. */
export async function OpenFindingsCard() {
  const { mine, others } = await openFindingsForDashboard();
  return (
    <Card title="Temuan audit terbuka">
      <h3 className="mb-2 font-semibold">Tanggung jawab saya</h3>
      <FindingsTable rows={mine} caption="Temuan terbuka yang menjadi tanggung jawab saya" empty="Tidak ada temuan terbuka yang menjadi tanggung jawab Anda." />
      {others.length > 0 && (
        <>
          <h3 className="mb-2 mt-4 font-semibold">Temuan terbuka lainnya</h3>
          <FindingsTable rows={others} caption="Temuan terbuka lainnya" empty="" />
        </>
      )}
      <p className="mt-2 text-sm"><Link href="/staf/temuan">Semua temuan</Link></p>
    </Card>
  );
}
