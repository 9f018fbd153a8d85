import { firstParam, type SearchParams } from "@/lib/http/search-params";
/** The register's period filter (?tahun=2026&bulan=3, bulan empty = whole year). Pure. */
export type RegisterPeriod = { year: number; month: number | null };

export const MONTH_NAMES = [
  "Januari", "Februari", "Maret", "April", "Mei", "Juni",
  "Juli", "Agustus", "September", "Oktober", "November", "Desember",
];

const first = (v: string | string[] | undefined) => firstParam(v) ?? "";

/** Unknown values fall back to the current month, so a bad link still shows a register. */
export function parseRegisterPeriod(params: SearchParams, today: { year: number; month: number }): RegisterPeriod {
  const year = Number(first(params.tahun));
  const monthText = first(params.bulan);
  const validYear = Number.isInteger(year) && year >= 2000 && year <= 2100;
  if (!validYear) return { year: today.year, month: today.month };
  if (monthText === "" || monthText === "semua") return { year, month: null };
  const month = Number(monthText);
  return { year, month: Number.isInteger(month) && month >= 1 && month <= 12 ? month : null };
}

export function registerQuery(period: RegisterPeriod): string {
  return `tahun=${period.year}&bulan=${period.month ?? "semua"}`;
}

export function periodLabel(period: RegisterPeriod): string {
  return period.month ? `${MONTH_NAMES[period.month - 1]} ${period.year}` : `Tahun ${period.year}`;
}

export function registerCsvFilename(period: RegisterPeriod): string {
  const month = period.month ? `-${String(period.month).padStart(2, "0")}` : "";
  return `register-permohonan-${period.year}${month}.csv`;
}
