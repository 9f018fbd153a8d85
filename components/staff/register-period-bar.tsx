import { PeriodPicker } from "@/components/survey/period-picker";
import { UnknownPeriodNotice } from "@/components/survey/unknown-period-notice";
import { buttonClass } from "@/components/ui/button";
import type { CalendarDate } from "@/lib/deadlines/calendar-date";
import { periodTitle, pickerYears, type PeriodQuery } from "@/lib/reports/period";
import { registerQuery } from "@/lib/requests/register-period";

/** Period choice (month, quarter, semester, year) and CSV download of a register; says when the URL's period was not used. */
export function RegisterPeriodBar({ path, shown, today }: { path: string; shown: PeriodQuery; today: CalendarDate }) {
  const { period } = shown;
  return (
    <div className="space-y-3">
      <UnknownPeriodNotice {...shown} />
      <div className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <PeriodPicker action={path} current={period.key} years={pickerYears(period.year, today)} />
        <a href={`${path}/csv?${registerQuery(period)}`} className={buttonClass()} download>
          Unduh CSV ({periodTitle(period)})
        </a>
      </div>
    </div>
  );
}
