import { db } from "@/lib/db";
import { calendarDateFromUtcDate, calendarDateToUtcDate } from "@/lib/deadlines";
import { RuleError } from "@/lib/rule-error";
import { importHolidays } from "@/lib/holidays/import-holidays";
import { DEADLINE_RECOMPUTED_EVENT } from "@/lib/holidays/recompute-open-requests";
import { dueDateOf, insertRequest, nineAmWita } from "./fixtures";

// Years 2075-2077 belong to this file only, so other files' data cannot interfere.
const FIRST_FILE = {
  about: "Berkas uji",
  sources: { "2075": "SKB uji 2075", "2076": "SKB uji 2076" },
  holidays: [
    { date: "2075-01-01", kind: "LIBUR_NASIONAL", name: "Tahun Baru 2075" },
    { date: "2075-03-06", kind: "LIBUR_NASIONAL", name: "Hari raya uji" },
    { date: "2075-03-07", kind: "CUTI_BERSAMA", name: "Cuti bersama uji" },
    { date: "2076-01-01", kind: "LIBUR_NASIONAL", name: "Tahun Baru 2076" },
  ],
};

const stored = async (years: [string, string]) =>
  (
    await db.holiday.findMany({
      where: { date: { gte: calendarDateToUtcDate(`${years[0]}-01-01` as never), lte: calendarDateToUtcDate(`${years[1]}-12-31` as never) } },
      select: { date: true, kind: true, name: true, source: true, updatedAt: true },
      orderBy: { date: "asc" },
    })
  ).map((row) => ({ ...row, date: calendarDateFromUtcDate(row.date) }));

afterAll(() => db.$disconnect());

describe("importHolidays", () => {
  it("adds the file's holidays, marks its years, recomputes open requests, and a rerun changes nothing", async () => {
    // Received Mon 2075-03-04: before the import the 10th working day is Mon 2075-03-18.
    const open = await insertRequest(nineAmWita("2075-03-04"));
    const decided = await insertRequest(nineAmWita("2075-03-04"), "SELESAI");
    expect(await dueDateOf(open.id)).toBe("2075-03-18");

    const first = await importHolidays(db, FIRST_FILE, "uji/berkas-1.json");
    expect(first.added.map((h) => h.date)).toEqual(["2075-01-01", "2075-03-06", "2075-03-07", "2076-01-01"]);
    expect(first.changed).toEqual([]);
    expect(first.yearsMarked).toEqual([2075, 2076]);
    expect(first.recompute.changed).toBeGreaterThanOrEqual(1);
    expect(await dueDateOf(open.id)).toBe("2075-03-20"); // two holidays inside the window
    expect(await dueDateOf(decided.id)).toBe("2075-03-18");
    expect(await db.requestEvent.count({ where: { requestId: open.id, type: DEADLINE_RECOMPUTED_EVENT } })).toBe(1);
    const years = await db.holidayYear.findMany({ where: { year: { in: [2075, 2076] } }, orderBy: { year: "asc" } });
    expect(years.map((y) => [y.year, y.source])).toEqual([[2075, "SKB uji 2075"], [2076, "SKB uji 2076"]]);
    expect((await stored(["2075", "2076"]))[0]).toMatchObject({ source: "SKB uji 2075" });

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "IMPORT_HOLIDAYS", after: { path: ["origin"], equals: "uji/berkas-1.json" } } });
    expect(audit.actorId).toBeNull();
    expect(audit.after).toMatchObject({ yearsMarked: [2075, 2076], unchangedCount: 0 });

    const snapshot = await stored(["2075", "2076"]);
    const yearsSnapshot = await db.holidayYear.findMany({ where: { year: { in: [2075, 2076] } } });
    const second = await importHolidays(db, FIRST_FILE, "uji/berkas-1.json");
    expect(second.added).toEqual([]);
    expect(second.changed).toEqual([]);
    expect(second.unchanged).toHaveLength(4);
    expect(second.yearsMarked).toEqual([]);
    expect(second.yearsAlreadyComplete).toEqual([2075, 2076]);
    expect(second.yearsResourced).toEqual([]);
    expect(second.recompute).toEqual({ checked: 0, changed: 0 });
    expect(await stored(["2075", "2076"])).toEqual(snapshot); // updatedAt included: not even touched
    expect(await db.holidayYear.findMany({ where: { year: { in: [2075, 2076] } } })).toEqual(yearsSnapshot);
    expect(await db.requestEvent.count({ where: { requestId: open.id, type: DEADLINE_RECOMPUTED_EVENT } })).toBe(1);
  });

  it("applies a newer file's corrections and keeps days an admin added", async () => {
    await db.holiday.create({ data: { date: calendarDateToUtcDate("2075-07-10"), kind: "LIBUR_LOKAL", name: "HUT daerah uji" } });
    const newer = {
      sources: { "2075": "SKB uji 2075 (perubahan)", "2076": "SKB uji 2076" },
      holidays: [
        ...FIRST_FILE.holidays.filter((h) => h.date !== "2075-03-07"),
        { date: "2075-03-07", kind: "LIBUR_NASIONAL", name: "Hari raya uji (hari kedua)" },
        { date: "2075-08-19", kind: "CUTI_BERSAMA", name: "Cuti bersama baru" },
      ],
    };
    const result = await importHolidays(db, newer, "uji/berkas-2.json");
    expect(result.added.map((h) => h.date)).toEqual(["2075-08-19"]);
    expect(result.changed).toEqual([
      {
        date: "2075-03-07",
        before: { kind: "CUTI_BERSAMA", name: "Cuti bersama uji" },
        after: { kind: "LIBUR_NASIONAL", name: "Hari raya uji (hari kedua)" },
      },
    ]);
    expect(result.yearsResourced).toEqual([2075]);
    const rows = await stored(["2075", "2075"]);
    expect(rows.find((r) => r.date === "2075-03-07")).toMatchObject({ kind: "LIBUR_NASIONAL", source: "SKB uji 2075 (perubahan)" });
    expect(rows.find((r) => r.date === "2075-07-10")).toMatchObject({ name: "HUT daerah uji" });
    expect((await db.holidayYear.findUniqueOrThrow({ where: { year: 2075 } })).source).toBe("SKB uji 2075 (perubahan)");
  });

  it("without sources, marks the years of the file's dates", async () => {
    const result = await importHolidays(db, { holidays: [{ date: "2077-05-01", kind: "LIBUR_NASIONAL", name: "Hari Buruh 2077" }] }, "uji/tanpa-sumber.json");
    expect(result.yearsMarked).toEqual([2077]);
    expect((await db.holidayYear.findUniqueOrThrow({ where: { year: 2077 } })).source).toBe("uji/tanpa-sumber.json");
  });

  it("refuses an invalid file before writing anything", async () => {
    const bad = { holidays: [{ date: "2078-01-01", kind: "LIBUR_NASIONAL", name: "Tahun Baru" }, { date: "2078-01-01", kind: "LIBUR_LOKAL", name: "Ganda" }] };
    await expect(importHolidays(db, bad, "uji/buruk.json")).rejects.toBeInstanceOf(RuleError);
    expect(await db.holiday.count({ where: { date: calendarDateToUtcDate("2078-01-01") } })).toBe(0);
    expect(await db.holidayYear.findUnique({ where: { year: 2078 } })).toBeNull();
    expect(await db.auditLog.count({ where: { after: { path: ["origin"], equals: "uji/buruk.json" } } })).toBe(0);
  });
});
