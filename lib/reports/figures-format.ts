import { calendarDateFromUtcDate, type CalendarDate } from "@/lib/deadlines/calendar-date";
import { formatDate } from "@/lib/format/dates";

/** A report figure in Indonesian notation ("83,8"); null prints as "–". Pure. */
export const formatFigure = (v: number | null, digits = 1) => (v === null ? "–" : v.toLocaleString("id-ID", { maximumFractionDigits: digits }));

/** A stored calendar date (DATE column) or office calendar day, spelled as the report prints it ("3 Desember 2026"). */
export const formatReportDate = (d: Date | CalendarDate) => formatDate(typeof d === "string" ? d : calendarDateFromUtcDate(d));

/** A share in percent as the report prints it ("66,7%"); null prints as "–". */
export const formatPercent = (v: number | null) => (v === null ? "–" : `${formatFigure(v)}%`);
