import { Card } from "@/components/ui/card";
import { ScoreBadge } from "@/components/staff/oversight/score-badge";
import { formatScore } from "@/lib/monev/category";
import type { MonevView } from "@/lib/monev/queries";

export function MonevResult({ view, year }: { view: MonevView; year: number }) {
  const { result, final, data } = view;
  return (
    <Card title={`Hasil penilaian mandiri ${year}`}>
      <dl className="grid gap-2 text-sm sm:grid-cols-[14rem_1fr]">
        <dt className="text-slate-600">Status</dt>
        <dd>{data.assessment?.status === "SELESAI" ? "Selesai" : result.unanswered > 0 ? `Draf — ${result.unanswered} pertanyaan belum dijawab` : "Draf — semua pertanyaan terjawab"}</dd>
        <dt className="text-slate-600">Nilai penilaian mandiri</dt>
        <dd data-testid="monev-self"><ScoreBadge score={result.selfScore} /></dd>
        <dt className="text-slate-600">Nilai akhir</dt>
        <dd data-testid="monev-final">
          {final ? (
            <>
              <ScoreBadge score={final.score} />
              {final.provisional && <span className="block text-xs text-slate-600">Sementara: nilai visitasi belum dimasukkan (nilai akhir = mandiri 80% + visitasi 20%).</span>}
            </>
          ) : (
            "—"
          )}
        </dd>
        <dt className="text-slate-600">Indikator lemah (&lt; 80)</dt>
        <dd data-testid="monev-weak">{result.weak.length === 0 ? "Tidak ada" : result.weak.map((w) => `${w.name} (${formatScore(w.score)})`).join(", ")}</dd>
      </dl>
      <table className="mt-4 w-full text-left text-sm">
        <caption className="sr-only">Nilai per indikator</caption>
        <thead><tr className="border-b border-slate-200"><th scope="col" className="py-1">Indikator</th><th scope="col" className="py-1">Bobot</th><th scope="col" className="py-1">Nilai</th></tr></thead>
        <tbody>
          {result.indicators.map((i) => (
            <tr key={i.code} className="border-b border-slate-100"><td className="py-1">{i.name}</td><td className="py-1">{i.weight}%</td><td className="py-1 tabular-nums">{formatScore(i.score)}</td></tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}

export function MonevHistory({ history }: { history: MonevView["history"] }) {
  if (history.length === 0) return null;
  const codes = history[history.length - 1].indicators;
  return (
    <Card title="Perbandingan antartahun">
      <div className="relative overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Nilai Monev per tahun</caption>
          <thead>
            <tr className="border-b border-slate-200">
              <th scope="col" className="py-1 pr-3">Indikator</th>
              {history.map((h) => <th key={h.year} scope="col" className="py-1 pr-3">{h.year}</th>)}
            </tr>
          </thead>
          <tbody>
            {codes.map((c) => (
              <tr key={c.code} className="border-b border-slate-100">
                <th scope="row" className="py-1 pr-3 font-normal">{c.name}</th>
                {history.map((h) => <td key={h.year} className="py-1 pr-3 tabular-nums">{formatScore(h.indicators.find((i) => i.code === c.code)?.score)}</td>)}
              </tr>
            ))}
            <tr className="border-b border-slate-100"><th scope="row" className="py-1 pr-3">Penilaian mandiri</th>{history.map((h) => <td key={h.year} className="py-1 pr-3 tabular-nums">{formatScore(h.selfScore)}</td>)}</tr>
            <tr className="border-b border-slate-100"><th scope="row" className="py-1 pr-3">Visitasi</th>{history.map((h) => <td key={h.year} className="py-1 pr-3 tabular-nums">{formatScore(h.visitScore)}</td>)}</tr>
            <tr><th scope="row" className="py-1 pr-3">Nilai akhir</th>{history.map((h) => <td key={h.year} className="py-1 pr-3"><ScoreBadge score={h.final?.score} /></td>)}</tr>
          </tbody>
        </table>
      </div>
    </Card>
  );
}
