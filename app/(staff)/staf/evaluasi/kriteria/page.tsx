import Link from "next/link";
import { requirePermission } from "@/lib/auth/guard";
import { listCriteria } from "@/lib/evaluation/queries";
import { RUBRIC_BANDS_TEXT } from "@/lib/evaluation/rubric-score";
import { Card } from "@/components/ui/card";
import { CriterionForm, DeleteCriterionForm } from "@/components/evaluation/criterion-form";

export const metadata = { title: "Kriteria penilaian kinerja petugas" };

/** The criteria editor: add, edit, deactivate; delete only what no assessment has used. */
export default async function CriteriaPage() {
  const user = await requirePermission("manageAssessmentCriteria");
  const criteria = await listCriteria(user);
  const activeWeight = criteria.filter((c) => c.active).reduce((sum, c) => sum + c.weight, 0);
  return (
    <div className="space-y-4">
      <p className="text-sm"><Link href="/staf/evaluasi/kinerja">← Kinerja petugas</Link></p>
      <h1 className="text-2xl font-bold">Kriteria penilaian kinerja petugas</h1>
      <p className="text-sm text-slate-700">
        Setiap kriteria dinilai pada skala 1–4 (1 Kurang, 2 Cukup, 3 Baik, 4 Sangat Baik) dengan uraian per tingkat. Bobot bersifat relatif
        (jumlah bobot kriteria aktif saat ini {activeWeight}); total = jumlah (bobot × nilai) dibagi jumlah (bobot × 4) × 100, dibulatkan dua
        desimal; kategori {RUBRIC_BANDS_TEXT}. Perubahan kriteria hanya berlaku untuk penilaian yang belum final: penilaian final menyimpan
        kriteria sebagaimana saat dinilai. Kriteria yang sudah dipakai tidak dapat dihapus, hanya dinonaktifkan.
      </p>
      <Card title="Tambah kriteria"><CriterionForm criterion={null} /></Card>
      {criteria.map((c) => (
        <details key={c.id} className="rounded-lg border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer font-medium">
            {c.name} <span className="text-sm font-normal text-slate-600">({c.code}, bobot {c.weight}{c.active ? "" : ", nonaktif"}{c.used > 0 ? `, dipakai pada ${c.used} nilai` : ""})</span>
          </summary>
          <div className="mt-3 space-y-3">
            <CriterionForm criterion={c} />
            {c.used === 0 && <DeleteCriterionForm criterion={c} />}
          </div>
        </details>
      ))}
    </div>
  );
}
