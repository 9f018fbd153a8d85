import { startOfOfficeDay, zonedWallTimeToUtc } from "@/lib/datetime/zoned-to-utc";
import { officeRange, parseReportPeriod } from "@/lib/reports/period";
import { parseRegisterPeriod, registerCsvFilename } from "@/lib/requests/register-period";

describe("office wall time to UTC", () => {
  it("converts WITA (UTC+8)", () => {
    expect(zonedWallTimeToUtc("2026-03-12", "09:30", "Asia/Makassar").toISOString()).toBe("2026-03-12T01:30:00.000Z");
    expect(startOfOfficeDay("2026-01-01", "Asia/Makassar").toISOString()).toBe("2025-12-31T16:00:00.000Z");
  });

  it("handles a zone with daylight saving time", () => {
    // 2026-03-29 02:30 does not exist in Berlin; 10:00 that day is CEST (UTC+2).
    expect(zonedWallTimeToUtc("2026-03-29", "10:00", "Europe/Berlin").toISOString()).toBe("2026-03-29T08:00:00.000Z");
  });

  it("gives [from, to) for a month, a quarter and a year in the office zone", () => {
    const range = (key: string) => officeRange(parseReportPeriod(key)!, "Asia/Makassar");
    const iso = (r: { from: Date; to: Date }) => [r.from.toISOString(), r.to.toISOString()];
    expect(iso(range("2026-03"))).toEqual(["2026-02-28T16:00:00.000Z", "2026-03-31T16:00:00.000Z"]);
    expect(range("2026-12").to.toISOString()).toBe("2026-12-31T16:00:00.000Z");
    expect(iso(range("2026-Q2"))).toEqual(["2026-03-31T16:00:00.000Z", "2026-06-30T16:00:00.000Z"]);
    expect(iso(range("2026"))).toEqual(["2025-12-31T16:00:00.000Z", "2026-12-31T16:00:00.000Z"]);
  });

  it("refuses a malformed time", () => {
    expect(() => zonedWallTimeToUtc("2026-03-12", "24:00", "Asia/Makassar")).toThrow(RangeError);
  });
});

describe("register period from the URL", () => {
  const today = "2026-04-15" as const;
  const keyOf = (params: Record<string, string>) => parseRegisterPeriod(params, today);
  it("defaults to the current month", () => {
    expect(keyOf({}).period.key).toBe("2026-04");
  });
  it("reads any report period, and the older year and month links", () => {
    expect(keyOf({ periode: "2025-Q4" }).period.key).toBe("2025-Q4");
    expect(keyOf({ periode: "2025-s2" }).period.key).toBe("2025-S2");
    expect(keyOf({ tahun: "2025", bulan: "12" }).period.key).toBe("2025-12");
    expect(keyOf({ tahun: "2025", bulan: "3" }).period.key).toBe("2025-03");
    expect(keyOf({ tahun: "2025", bulan: "semua" }).period.key).toBe("2025");
  });
  it("says when a period is unreadable or has not begun, and shows this month instead", () => {
    expect(keyOf({ tahun: "2025", bulan: "13" })).toMatchObject({ unknown: "2025-13", period: { key: "2026-04" } });
    expect(keyOf({ periode: "2026-05" })).toMatchObject({ unknown: null, future: { key: "2026-05" }, period: { key: "2026-04" } });
  });
  it("names the CSV file after the period", () => {
    expect(registerCsvFilename(parseReportPeriod("2026-03")!)).toBe("register-permohonan-2026-03.csv");
    expect(registerCsvFilename(parseReportPeriod("2026-Q4")!, "keberatan")).toBe("register-keberatan-2026-q4.csv");
  });
});
