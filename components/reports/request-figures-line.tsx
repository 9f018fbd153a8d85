import { formatFigure, formatPercent } from "@/lib/reports/figures-format";
import type { RequestSummary } from "@/lib/reports/request-summary";

/** One-line summary of the request figures (the same numbers as the reports and /statistik). */
export function RequestFiguresLine({ figures }: { figures: RequestSummary }) {
  const granted = (figures.byOutcome.DIKABULKAN_SELURUHNYA ?? 0) + (figures.byOutcome.DIKABULKAN_SEBAGIAN ?? 0);
  return (
    <p className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm" data-testid="request-figures">
      Diterima <strong>{figures.received}</strong> · diputuskan <strong>{figures.decided}</strong> · dikabulkan{" "}
      <strong>{granted}</strong> · ditolak <strong>{figures.byOutcome.DITOLAK_DIKECUALIKAN ?? 0}</strong> · tepat waktu{" "}
      <strong>{formatPercent(figures.onTimePercent)}</strong> · median <strong>{formatFigure(figures.medianWorkingDays)}</strong> hari kerja · lewat tenggat{" "}
      <strong>{figures.overdue.length}</strong>
    </p>
  );
}
