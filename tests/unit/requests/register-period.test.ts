import { officePeriod, startOfOfficeDay, zonedWallTimeToUtc } from "@/lib/datetime/zoned-to-utc";
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

  it("gives [from, to) for a month and a year in the office zone", () => {
    const march = officePeriod(2026, 3, "Asia/Makassar");
    expect([march.from.toISOString(), march.to.toISOString()]).toEqual(["2026-02-28T16:00:00.000Z", "2026-03-31T16:00:00.000Z"]);
    const december = officePeriod(2026, 12, "Asia/Makassar");
    expect(december.to.toISOString()).toBe("2026-12-31T16:00:00.000Z");
    const year = officePeriod(2026, null, "Asia/Makassar");
    expect([year.from.toISOString(), year.to.toISOString()]).toEqual(["2025-12-31T16:00:00.000Z", "2026-12-31T16:00:00.000Z"]);
  });

  it("refuses a malformed time", () => {
    expect(() => zonedWallTimeToUtc("2026-03-12", "24:00", "Asia/Makassar")).toThrow(RangeError);
  });
});

describe("register period from the URL", () => {
  const today = { year: 2026, month: 4 };
  it("defaults to the current month", () => {
    expect(parseRegisterPeriod({}, today)).toEqual({ year: 2026, month: 4 });
  });
  it("reads a year, a month or the whole year", () => {
    expect(parseRegisterPeriod({ tahun: "2025", bulan: "12" }, today)).toEqual({ year: 2025, month: 12 });
    expect(parseRegisterPeriod({ tahun: "2025", bulan: "semua" }, today)).toEqual({ year: 2025, month: null });
    expect(parseRegisterPeriod({ tahun: "2025", bulan: "13" }, today)).toEqual({ year: 2025, month: null });
  });
  it("names the CSV file after the period", () => {
    expect(registerCsvFilename({ year: 2026, month: 3 })).toBe("register-permohonan-2026-03.csv");
    expect(registerCsvFilename({ year: 2026, month: null })).toBe("register-permohonan-2026.csv");
  });
});
