import "server-only";
import type { Db } from "@/lib/db";
import { writeAudit } from "@/lib/audit/write-audit";
import { calendarDateFromUtcDate, calendarDateToUtcDate } from "@/lib/deadlines";
import { parseOrRefuse } from "@/lib/rule-error";
import { holidayFileSchema } from "@/lib/holidays/schema";
import { planHolidayImport, yearsCoveredByFile, type HolidayImportPlan } from "@/lib/holidays/import-plan";
import {
  RECOMPUTE_TRANSACTION_OPTIONS,
  recomputeOpenRequests,
  type RecomputeSummary,
} from "@/lib/holidays/recompute-open-requests";

export type HolidayImportResult = HolidayImportPlan & {
  /** Years marked complete by this run (already-complete years with the same source are not repeated). */
  yearsMarked: number[];
  yearsAlreadyComplete: number[];
  /** Already-complete years whose cited source changed with this file. */
  yearsResourced: number[];
  recompute: RecomputeSummary;
};

/**
 * Upserts the file's holidays by date, marks the years it covers complete, recomputes open
 * requests and writes one audit entry (actor: none, the command line), all in one transaction.
 * Rerunning with the same file changes no data; with a newer file it applies only the differences.
 */
export async function importHolidays(client: Db, input: unknown, origin: string): Promise<HolidayImportResult> {
  const file = parseOrRefuse(holidayFileSchema, input);
  const years = yearsCoveredByFile(file);
  return client.$transaction(async (tx) => {
    const stored = await tx.holiday.findMany({
      where: { date: { in: file.holidays.map((h) => calendarDateToUtcDate(h.date)) } },
      select: { date: true, kind: true, name: true },
    });
    const plan = planHolidayImport(
      stored.map((row) => ({ ...row, date: calendarDateFromUtcDate(row.date) })),
      file.holidays,
    );
    const sourceOf = (date: string) => file.sources?.[date.slice(0, 4)] ?? origin;
    if (plan.added.length > 0) {
      await tx.holiday.createMany({
        data: plan.added.map((h) => ({ date: calendarDateToUtcDate(h.date), kind: h.kind, name: h.name, source: sourceOf(h.date) })),
      });
    }
    for (const change of plan.changed) {
      await tx.holiday.update({
        where: { date: calendarDateToUtcDate(change.date) },
        data: { ...change.after, source: sourceOf(change.date) },
      });
    }

    const yearSource = (year: number) => file.sources?.[String(year)] ?? origin;
    const existingYears = await tx.holidayYear.findMany({ where: { year: { in: years } }, select: { year: true, source: true } });
    const marked = new Set(existingYears.map((y) => y.year));
    const yearsMarked = years.filter((year) => !marked.has(year));
    if (yearsMarked.length > 0) {
      await tx.holidayYear.createMany({ data: yearsMarked.map((year) => ({ year, source: yearSource(year) })) });
    }
    // A newer file citing a newer decree for an already-complete year: keep the citation current.
    const yearsResourced = existingYears.filter((y) => y.source !== yearSource(y.year)).map((y) => y.year);
    for (const year of yearsResourced) {
      await tx.holidayYear.update({ where: { year }, data: { source: yearSource(year), importedAt: new Date() } });
    }

    const touched = plan.added.length + plan.changed.length + yearsMarked.length;
    const recompute = touched > 0
      ? await recomputeOpenRequests(tx, null, `Impor data hari libur dari ${origin}.`)
      : { checked: 0, changed: 0 };
    await writeAudit(tx, null, {
      action: "IMPORT_HOLIDAYS",
      entityType: "Holiday",
      after: {
        origin,
        added: plan.added,
        changed: plan.changed,
        unchangedCount: plan.unchanged.length,
        yearsMarked,
        yearsResourced,
        recompute,
      },
    });
    return { ...plan, yearsMarked, yearsAlreadyComplete: years.filter((year) => marked.has(year)), yearsResourced, recompute };
  }, RECOMPUTE_TRANSACTION_OPTIONS);
}
