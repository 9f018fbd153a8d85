import { PeriodPicker } from "@/components/survey/period-picker";
import type { ReportPeriod } from "@/lib/reports/period";

/** Shown instead of a report that cannot be drawn up (a period that has not begun): no figures, no signature block. */
export function ReportRefusal({ period, message }: { period: ReportPeriod; message: string }) {
  return (
    <div className="mx-auto max-w-[210mm] space-y-4">
      <h1 className="text-xl font-bold">Laporan evaluasi</h1>
      <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">{message} Pilih periode yang sudah berjalan.</p>
      <PeriodPicker action="/staf/laporan" current={period.key} years={[period.year, period.year - 1]} />
    </div>
  );
}
