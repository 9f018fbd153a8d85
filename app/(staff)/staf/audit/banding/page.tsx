import { requirePermission } from "@/lib/auth/guard";
import { comparePeriods } from "@/lib/internal-audit/queries";
import { periodLabel } from "@/lib/internal-audit/period";
import { formatScore } from "@/lib/monev/category";
import { Card } from "@/components/ui/card";
import { ScoreBadge } from "@/components/staff/oversight/score-badge";

export const metadata = { title: "Perbandingan audit antarperiode" };

export default async function CompareAuditsPage() {
  await requirePermission("readOversight");
  const { columns, standards } = await comparePeriods();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Perbandingan audit antarperiode</h1>
      <p className="text-sm text-slate-700">Revisi terakhir yang sudah dikirim untuk setiap periode.</p>
      <Card>
        {columns.length === 0 ? (
          <p className="text-sm">Belum ada audit yang dikirim.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Nilai per standar layanan untuk setiap periode audit</caption>
              <thead>
                <tr className="border-b border-slate-200">
                  <th scope="col" className="py-2 pr-3">Standar</th>
                  {columns.map((c) => (
                    <th key={c.id} scope="col" className="py-2 pr-3">{periodLabel(c.period)} (rev. {c.revision})</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {standards.map(([standard, title]) => (
                  <tr key={standard} className="border-b border-slate-100">
                    <th scope="row" className="py-2 pr-3 font-normal">{title}</th>
                    {columns.map((c) => (
                      <td key={c.id} className="py-2 pr-3 tabular-nums">{formatScore(c.byStandard[standard])}</td>
                    ))}
                  </tr>
                ))}
                <tr>
                  <th scope="row" className="py-2 pr-3">Nilai total</th>
                  {columns.map((c) => (
                    <td key={c.id} className="py-2 pr-3"><ScoreBadge score={c.total} /></td>
                  ))}
                </tr>
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
