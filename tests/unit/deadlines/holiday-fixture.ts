/**
 * Loads the real holiday data (prisma/data copy of the shared domain file) for tests,
 * so expectations are checked against the same list the application imports.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

import {
  type ClockSettings,
  DEFAULT_CLOCK_SETTINGS,
  type HolidayCalendar,
  type HolidayInput,
  createHolidayCalendar,
} from "@/lib/deadlines";

interface HolidayFile {
  holidays: HolidayInput[];
  sources: Record<string, string>;
}

export const holidayFile: HolidayFile = JSON.parse(
  readFileSync(path.resolve(__dirname, "../../../prisma/data/holidays-id-2025-2026.json"), "utf8"),
);

/** Years the file declares sources for: 2025 and 2026. */
export const completeYears = Object.keys(holidayFile.sources).map(Number);

/** Calendar from the real data, optionally with extra rows (e.g. an admin's LIBUR_LOKAL). */
export function realCalendar(extra: HolidayInput[] = [], years: number[] = completeYears): HolidayCalendar {
  return createHolidayCalendar([...holidayFile.holidays, ...extra], years);
}

/** Default settings with overrides. */
export function settingsWith(overrides: Partial<ClockSettings> = {}): ClockSettings {
  return { ...DEFAULT_CLOCK_SETTINGS, ...overrides };
}

/** A wall-clock time in the office zone (WITA, UTC+8, no DST) as a UTC instant. */
export function wita(localDateTime: string): Date {
  return new Date(`${localDateTime}:00+08:00`);
}
