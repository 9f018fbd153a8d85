import type { CalendarDate, HolidayKind } from "@/lib/deadlines";

// Pure planning of a holiday import: what to add, what to change, what is already right.

export type PlannedHoliday = { date: CalendarDate; kind: HolidayKind; name: string };
export type HolidayUpdate = { date: CalendarDate; before: { kind: HolidayKind; name: string }; after: { kind: HolidayKind; name: string } };

export type HolidayImportPlan = {
  added: PlannedHoliday[];
  changed: HolidayUpdate[];
  unchanged: PlannedHoliday[];
};

/**
 * Compares the file's holidays with the stored ones, matching by date. Stored days absent from
 * the file (e.g. local days an admin added) are left alone: an import never deletes.
 */
export function planHolidayImport(stored: readonly PlannedHoliday[], incoming: readonly PlannedHoliday[]): HolidayImportPlan {
  const byDate = new Map(stored.map((row) => [row.date, row]));
  const plan: HolidayImportPlan = { added: [], changed: [], unchanged: [] };
  for (const row of [...incoming].sort((a, b) => a.date.localeCompare(b.date))) {
    const current = byDate.get(row.date);
    if (!current) plan.added.push(row);
    else if (current.kind === row.kind && current.name === row.name) plan.unchanged.push(row);
    else plan.changed.push({ date: row.date, before: { kind: current.kind, name: current.name }, after: { kind: row.kind, name: row.name } });
  }
  return plan;
}

/**
 * Years the file vouches for as complete: those named in its "sources" (the decrees it follows),
 * or, for a file without sources, every year its dates fall in.
 */
export function yearsCoveredByFile(file: { sources?: Record<string, string>; holidays: readonly { date: string }[] }): number[] {
  const named = Object.keys(file.sources ?? {}).map(Number);
  const years = named.length > 0 ? named : file.holidays.map((h) => Number(h.date.slice(0, 4)));
  return [...new Set(years)].sort((a, b) => a - b);
}
