import { periodTitle, type ReportPeriod } from "@/lib/reports/period";

/** Says plainly that a typed period was not understood and which one is shown instead. */
export function UnknownPeriodNotice({ unknown, period }: { unknown: string | null; period: ReportPeriod }) {
  if (!unknown) return null;
  return (
    <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
      Periode &ldquo;{unknown.slice(0, 40)}&rdquo; tidak dikenal (contoh: 2026-11, 2026-Q4, 2026-S2, 2026); yang ditampilkan {periodTitle(period)}.
    </p>
  );
}
