import { periodsOfYear, parseReportPeriod, periodTitle } from "@/lib/reports/period";

/** GET form choosing a period (month, quarter, semester, year); works without JavaScript. */
export function PeriodPicker({ action, current, years }: { action: string; current: string; years: number[] }) {
  return (
    <form action={action} method="get" className="flex flex-wrap items-end gap-2">
      <label className="text-sm">
        <span className="block font-medium">Periode</span>
        <select name="periode" defaultValue={current} className="rounded-md border border-slate-300 px-2 py-2">
          {years.flatMap((y) => periodsOfYear(y)).map((key) => (
            <option key={key} value={key}>{periodTitle(parseReportPeriod(key)!)}</option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded-md bg-brand-700 px-3 py-2 text-sm font-medium text-white">Tampilkan</button>
    </form>
  );
}
