import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { formatReportDate } from "@/lib/reports/figures-format";
import { deleteSurveyFollowUpAction } from "@/lib/survey/staff-actions";
import { formatIkm, formatNrr, formatWeightedNrr, mutuText, nrrChartData } from "@/lib/survey/ikm-format";
import type { PeriodIkm } from "@/lib/survey/ikm-queries";
import { UNSUR } from "@/lib/survey/unsur";
import { IkmChart } from "./ikm-chart";

/** IKM of a period: headline, sample adequacy, NRR table per unsur and chart. Public-safe. */
export function IkmSummary({ result, canEditFollowUps = false }: { result: PeriodIkm; canEditFollowUps?: boolean }) {
  const { ikm, sample } = result;
  const chart = nrrChartData(ikm.unsur);
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <div className="rounded border border-slate-200 p-3"><dt className="text-xs text-slate-600">Nilai IKM</dt><dd className="text-2xl font-bold" data-testid="ikm-value">{formatIkm(ikm.ikm)}</dd></div>
        <div className="rounded border border-slate-200 p-3"><dt className="text-xs text-slate-600">Mutu pelayanan</dt><dd className="text-lg font-semibold">{mutuText(ikm.mutu)}</dd></div>
        <div className="rounded border border-slate-200 p-3"><dt className="text-xs text-slate-600">Responden</dt><dd className="text-lg font-semibold" data-testid="ikm-respondents">{ikm.respondents}</dd></div>
        <div className="rounded border border-slate-200 p-3"><dt className="text-xs text-slate-600">Sampel diperlukan</dt><dd className="text-lg font-semibold">{sample.needed}</dd></div>
      </dl>
      <p role="note" className={`rounded-md border p-3 text-sm ${sample.adequate ? "border-green-300 bg-green-50" : "border-amber-300 bg-amber-50"}`}>{sample.message}</p>
      {ikm.ikm === null && <p className="text-sm text-slate-700">Belum ada jawaban untuk semua unsur pada periode ini, sehingga IKM belum dapat dihitung.</p>}
      <div className="relative overflow-x-auto">
        <table className="w-full min-w-[28rem] text-sm">
          <caption className="sr-only">Nilai rata-rata per unsur</caption>
          <thead><tr className="border-b text-left"><th className="py-1 pr-2">Unsur</th><th className="pr-2">Responden</th><th className="pr-2">NRR</th><th>NRR tertimbang</th></tr></thead>
          <tbody>
            {ikm.unsur.map((u, i) => (
              <tr key={u.code} className="border-b border-slate-100">
                <td className="py-1 pr-2">{u.code} {UNSUR[i].name}{result.weak.includes(u.code) ? " (perlu perbaikan)" : ""}</td>
                <td className="pr-2">{u.answered}</td>
                <td className="pr-2">{formatNrr(u.nrr)}</td>
                <td>{formatWeightedNrr(u.weighted)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {chart.length > 0 && <IkmChart data={chart} />}
      {result.followUps.length > 0 && (
        <section>
          <h3 className="font-semibold">Rencana tindak lanjut</h3>
          <ul className="list-disc pl-5 text-sm">
            {result.followUps.map((f) => (
              <li key={f.id}>
                <strong>{f.unsurCode}</strong>: {f.plan} (penanggung jawab: {f.responsible}{f.targetDate && `; target selesai ${formatReportDate(f.targetDate)}`})
                {canEditFollowUps && (
                  <span className="ml-2 inline-block">
                    <ConfirmActionButton action={deleteSurveyFollowUpAction.bind(null, f.id)} label="Hapus" accessibleLabel={`Hapus rencana tindak lanjut ${f.unsurCode}`} confirmText="Hapus rencana tindak lanjut ini? Rencana tidak lagi muncul di hasil SKM dan laporan." />
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
