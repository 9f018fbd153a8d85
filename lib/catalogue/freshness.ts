/**
 * Freshness of a DIP item (pure). An item is reviewed every `cycleMonths` calendar months counted
 * from the later of its last update and its last passed verification (UU KIP Pasal 9(4): berkala at
 * least every 6 months). States, for office-calendar dates (YYYY-MM-DD):
 *  - BROKEN: nothing to open (no file and no link), a stored file is missing, or the link failed its last check;
 *  - OVERDUE: today is after the due date;
 *  - DUE_SOON: today is within the reminder window before the due date, the due date included. The window
 *    is the setting `dueSoonDays` (default 30) but never more than half the cycle, so a monthly item
 *    is not "due soon" all month long;
 *  - FRESH: otherwise.
 * Dikecualikan items are due when their exemption expires (exemptUntil); without an expiry (Pasal 17 g, h) they stay FRESH.
 */
import type { CalendarDate } from "@/lib/deadlines";

export type FreshnessState = "FRESH" | "DUE_SOON" | "OVERDUE" | "BROKEN";

export const MAX_BERKALA_CYCLE_MONTHS = 6;
export const DEFAULT_DUE_SOON_DAYS = 30;

export type FreshnessInput = {
  category: "BERKALA" | "SERTA_MERTA" | "SETIAP_SAAT" | "DIKECUALIKAN";
  lastUpdated: CalendarDate;
  lastVerified: CalendarDate | null;
  cycleMonths: number;
  exemptUntil?: CalendarDate | null;
  hasContent: boolean;
  fileMissing?: boolean;
  linkOk?: boolean | null;
};

export type Freshness = { state: FreshnessState; dueDate: CalendarDate | null; daysLeft: number | null; reasons: string[] };

const DAY_MS = 86_400_000;

function toUtc(date: CalendarDate): number {
  const [y, m, d] = date.split("-").map(Number);
  return Date.UTC(y, m - 1, d);
}

function fromUtc(ms: number): CalendarDate {
  return new Date(ms).toISOString().slice(0, 10) as CalendarDate;
}

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** Same day `months` later; clamps to the month's last day (31 Aug + 6 → 28/29 Feb). */
export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = date.split("-").map(Number);
  const targetMonth = m - 1 + months;
  const lastDay = new Date(Date.UTC(y, targetMonth + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(y, targetMonth, Math.min(d, lastDay)));
}

/** Berkala items may not be reviewed less often than every 6 months. */
export function effectiveCycleMonths(category: FreshnessInput["category"], cycleMonths: number): number {
  const cycle = Math.max(1, Math.floor(cycleMonths));
  return category === "BERKALA" ? Math.min(cycle, MAX_BERKALA_CYCLE_MONTHS) : cycle;
}

export function reviewDueDate(input: Pick<FreshnessInput, "category" | "lastUpdated" | "lastVerified" | "cycleMonths" | "exemptUntil">): CalendarDate | null {
  if (input.category === "DIKECUALIKAN") return input.exemptUntil ?? null;
  const base = input.lastVerified && input.lastVerified > input.lastUpdated ? input.lastVerified : input.lastUpdated;
  return addCalendarMonths(base, effectiveCycleMonths(input.category, input.cycleMonths));
}

/** Days before the due date in which an item counts as due soon (half the cycle at most). */
export function dueSoonWindow(input: Parameters<typeof reviewDueDate>[0], dueSoonDays: number): number {
  if (input.category === "DIKECUALIKAN") return dueSoonDays;
  const base = input.lastVerified && input.lastVerified > input.lastUpdated ? input.lastVerified : input.lastUpdated;
  const due = reviewDueDate(input);
  return due ? Math.min(dueSoonDays, Math.floor(daysBetween(base, due) / 2)) : dueSoonDays;
}

export function freshnessOf(input: FreshnessInput, today: CalendarDate, dueSoonDays: number = DEFAULT_DUE_SOON_DAYS): Freshness {
  const dueDate = reviewDueDate(input);
  const daysLeft = dueDate ? daysBetween(today, dueDate) : null;
  const reasons: string[] = [];
  if (input.category !== "DIKECUALIKAN") {
    if (!input.hasContent) reasons.push("Belum ada berkas atau tautan.");
    if (input.fileMissing) reasons.push("Berkas tidak ditemukan di penyimpanan.");
    if (input.linkOk === false) reasons.push("Tautan gagal pada pemeriksaan terakhir.");
  }
  if (reasons.length > 0) return { state: "BROKEN", dueDate, daysLeft, reasons };
  if (daysLeft === null) return { state: "FRESH", dueDate, daysLeft, reasons };
  if (daysLeft < 0) return { state: "OVERDUE", dueDate, daysLeft, reasons: [`Lewat ${-daysLeft} hari dari jadwal tinjauan.`] };
  if (daysLeft <= dueSoonWindow(input, dueSoonDays)) return { state: "DUE_SOON", dueDate, daysLeft, reasons: [`Jatuh tempo dalam ${daysLeft} hari.`] };
  return { state: "FRESH", dueDate, daysLeft, reasons };
}

export const FRESHNESS_LABELS: Record<FreshnessState, string> = {
  FRESH: "Mutakhir",
  DUE_SOON: "Segera jatuh tempo",
  OVERDUE: "Terlambat diperbarui",
  BROKEN: "Rusak",
};
