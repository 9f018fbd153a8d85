import path from "node:path";
import { planHolidayImport, yearsCoveredByFile, type PlannedHoliday } from "@/lib/holidays/import-plan";
import { holidayFileSchema } from "@/lib/holidays/schema";
import { readHolidayFile } from "@/lib/holidays/holiday-file";
import { RuleError } from "@/lib/rule-error";

const h = (date: string, kind: PlannedHoliday["kind"], name: string) => ({ date, kind, name }) as PlannedHoliday;

describe("planHolidayImport", () => {
  it("sorts the file's rows into added, changed and unchanged, matching by date", () => {
    const stored = [h("2026-01-01", "LIBUR_NASIONAL", "Tahun Baru"), h("2026-03-20", "CUTI_BERSAMA", "Cuti bersama"), h("2026-05-01", "LIBUR_NASIONAL", "Hari Buruh")];
    const incoming = [
      h("2026-05-01", "LIBUR_NASIONAL", "Hari Buruh"),
      h("2026-03-20", "LIBUR_NASIONAL", "Idul Fitri"),
      h("2026-01-01", "LIBUR_NASIONAL", "Tahun Baru 2026"),
      h("2026-02-17", "LIBUR_NASIONAL", "Imlek"),
    ];
    const plan = planHolidayImport(stored, incoming);
    expect(plan.added).toEqual([h("2026-02-17", "LIBUR_NASIONAL", "Imlek")]);
    expect(plan.changed).toEqual([
      { date: "2026-01-01", before: { kind: "LIBUR_NASIONAL", name: "Tahun Baru" }, after: { kind: "LIBUR_NASIONAL", name: "Tahun Baru 2026" } },
      { date: "2026-03-20", before: { kind: "CUTI_BERSAMA", name: "Cuti bersama" }, after: { kind: "LIBUR_NASIONAL", name: "Idul Fitri" } },
    ]);
    expect(plan.unchanged).toEqual([h("2026-05-01", "LIBUR_NASIONAL", "Hari Buruh")]);
  });

  it("never plans to delete stored days missing from the file", () => {
    const plan = planHolidayImport([h("2026-07-10", "LIBUR_LOKAL", "HUT Kota")], [h("2026-01-01", "LIBUR_NASIONAL", "Tahun Baru")]);
    expect(plan).toEqual({ added: [h("2026-01-01", "LIBUR_NASIONAL", "Tahun Baru")], changed: [], unchanged: [] });
  });
});

describe("yearsCoveredByFile", () => {
  it("takes the years named in sources when there are any", () => {
    expect(yearsCoveredByFile({ sources: { "2026": "SKB", "2025": "SKB" }, holidays: [{ date: "2027-01-01" }] })).toEqual([2025, 2026]);
  });
  it("falls back to the years of the dates", () => {
    expect(yearsCoveredByFile({ holidays: [{ date: "2028-01-01" }, { date: "2027-05-01" }, { date: "2028-12-25" }] })).toEqual([2027, 2028]);
    expect(yearsCoveredByFile({ sources: {}, holidays: [{ date: "2028-01-01" }] })).toEqual([2028]);
  });
});

describe("holiday data file", () => {
  it("the shipped default file is valid and covers 2025 and 2026", async () => {
    const file = await readHolidayFile(path.join(process.cwd(), "prisma/data/holidays-id-2025-2026.json"));
    expect(file.holidays.length).toBeGreaterThan(40);
    expect(yearsCoveredByFile(file)).toEqual([2025, 2026]);
  });

  it("refuses duplicate dates", () => {
    const result = holidayFileSchema.safeParse({
      holidays: [h("2026-01-01", "LIBUR_NASIONAL", "Tahun Baru"), h("2026-01-01", "CUTI_BERSAMA", "Cuti lagi")],
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues).toEqual([expect.objectContaining({ path: ["holidays", 1, "date"], message: "Tanggal 2026-01-01 muncul lebih dari sekali." })]);
  });

  it("refuses impossible dates and unknown kinds", () => {
    const result = holidayFileSchema.safeParse({ holidays: [{ date: "2026-02-30", kind: "LIBUR", name: "Hari X" }] });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => issue.message).join(" | ");
    expect(messages).toMatch(/Tanggal tidak valid/);
    expect(messages).toMatch(/Pilih jenis hari libur/);
  });

  it("refuses source keys that are not years", () => {
    const result = holidayFileSchema.safeParse({ sources: { dua: "x" }, holidays: [h("2026-01-01", "LIBUR_NASIONAL", "Tahun Baru")] });
    expect(result.error!.issues).toEqual([expect.objectContaining({ path: ["sources", "dua"], message: expect.stringMatching(/harus berupa tahun/) })]);
  });

  it("reports a missing or malformed file as a RuleError", async () => {
    await expect(readHolidayFile("/tidak/ada.json")).rejects.toBeInstanceOf(RuleError);
    await expect(readHolidayFile(__filename)).rejects.toThrow(/bukan JSON/);
  });
});
