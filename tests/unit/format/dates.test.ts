import { formatDate, formatDateTime, timeZoneSuffix } from "@/lib/format/dates";

describe("formatDate", () => {
  it("spells a calendar date in Bahasa Indonesia", () => {
    expect(formatDate("2026-04-02")).toBe("2 April 2026");
    expect(formatDate("2026-04-02", { weekday: true })).toBe("Kamis, 2 April 2026");
    expect(formatDate("2026-08-17", { weekday: true })).toBe("Senin, 17 Agustus 2026");
  });

  it("shows an instant as the office (WITA) date, not the UTC date", () => {
    // 20:30 UTC on 11 March is 04:30 on 12 March in Kupang.
    expect(formatDate(new Date("2026-03-11T20:30:00Z"))).toBe("12 Maret 2026");
    expect(formatDate(new Date("2026-03-11T20:30:00Z"), { timeZone: "UTC" })).toBe("11 Maret 2026");
  });

  it("prints a Prisma @db.Date value (UTC midnight) as its own date", () => {
    expect(formatDate(new Date("2026-12-31T00:00:00.000Z"))).toBe("31 Desember 2026");
  });

  it("prints a dash for a missing date and refuses an impossible one", () => {
    expect(formatDate(null)).toBe("—");
    expect(formatDate(undefined)).toBe("—");
    expect(() => formatDate("2026-02-30" as never)).toThrow(RangeError);
  });
});

describe("formatDateTime", () => {
  it("shows office time with the WITA suffix and a dot between hours and minutes", () => {
    expect(formatDateTime(new Date("2026-03-12T02:05:00Z"))).toBe("12 Maret 2026 pukul 10.05 WITA");
    expect(formatDateTime(new Date("2026-03-12T16:00:00Z"), { weekday: true })).toBe("Jumat, 13 Maret 2026 pukul 00.00 WITA");
  });

  it("names the other Indonesian zones", () => {
    expect(formatDateTime(new Date("2026-03-12T02:05:00Z"), { timeZone: "Asia/Jakarta" })).toBe("12 Maret 2026 pukul 09.05 WIB");
    expect(timeZoneSuffix("Asia/Jayapura")).toBe("WIT");
    expect(timeZoneSuffix("Europe/Berlin")).toBe("Europe/Berlin");
  });

  it("prints a dash for a missing instant", () => {
    expect(formatDateTime(null)).toBe("—");
  });
});
