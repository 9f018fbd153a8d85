import { periodTitle, type PeriodQuery } from "@/lib/reports/period";

/** Says plainly that a typed period was not understood, or has not begun, and which one is shown instead. */
export function UnknownPeriodNotice({ unknown, future, period }: PeriodQuery) {
  if (!unknown && !future) return null;
  return (
    <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
      {future
        ? <>Periode {periodTitle(future)} belum dimulai, sehingga belum ada datanya; yang ditampilkan {periodTitle(period)}.</>
        : <>Periode &ldquo;{unknown!.slice(0, 40)}&rdquo; tidak dikenal (contoh: 2026-11, 2026-Q4, 2026-S2, 2026; tahun 2000–2100); yang ditampilkan {periodTitle(period)}.</>}
    </p>
  );
}
