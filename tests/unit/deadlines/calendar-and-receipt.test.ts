/**
 * Calendar-date helpers, settings, the working-day predicate, time zones and the
 * effective day of receipt.
 */
import {
  DEFAULT_CLOCK_SETTINGS,
  addDays,
  calendarDateFromUtcDate,
  calendarDateToUtcDate,
  compareCalendarDates,
  createHolidayCalendar,
  effectiveReceiptDate,
  effectiveReceiptDateFromDate,
  isCalendarDate,
  isWorkingDay,
  parseCalendarDate,
  resolveClockSettings,
  todayInZone,
  weekdayOf,
} from "@/lib/deadlines";

import { realCalendar, settingsWith } from "./holiday-fixture";

const calendar = realCalendar();
const settings = settingsWith();

describe("calendar dates", () => {
  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("knows weekdays (0 = Sunday)", () => {
    expect(weekdayOf("2026-03-12")).toBe(4); // Thursday
    expect(weekdayOf("2026-03-08")).toBe(0);
    expect(weekdayOf("2025-12-27")).toBe(6);
  });

  it("compares, validates and converts to/from UTC-midnight Dates", () => {
    expect(compareCalendarDates("2025-12-31", "2026-01-01")).toBeLessThan(0);
    expect(compareCalendarDates("2026-01-01", "2026-01-01")).toBe(0);
    expect(isCalendarDate("2026-02-30")).toBe(false);
    expect(isCalendarDate("2026-2-3")).toBe(false);
    expect(() => parseCalendarDate("12/03/2026")).toThrow(RangeError);
    expect(calendarDateToUtcDate("2026-03-12").toISOString()).toBe("2026-03-12T00:00:00.000Z");
    expect(calendarDateFromUtcDate(new Date("2026-03-12T00:00:00Z"))).toBe("2026-03-12");
  });
});

describe("clock settings", () => {
  it("has the documented defaults", () => {
    expect(resolveClockSettings()).toEqual({
      timeZone: "Asia/Makassar",
      cutiBersamaIsWorkingDay: false,
      nonWorkingDayReceipt: "NEXT_WORKING_DAY",
      officeHoursCutoff: "16:00",
      noticeWorkingDays: 10,
      extensionWorkingDays: 7,
      objectionFilingWorkingDays: 30,
      objectionAnswerWorkingDays: 30,
      disputeFilingWorkingDays: 14,
    });
    expect(resolveClockSettings({ officeHoursCutoff: undefined })).toEqual(DEFAULT_CLOCK_SETTINGS);
  });

  it("rejects invalid values", () => {
    expect(() => resolveClockSettings({ officeHoursCutoff: "4pm" })).toThrow(RangeError);
    expect(() => resolveClockSettings({ timeZone: "Mars/Olympus" })).toThrow(RangeError);
    expect(() => resolveClockSettings({ noticeWorkingDays: 0 })).toThrow(RangeError);
  });
});

describe("isWorkingDay", () => {
  it("applies weekends, libur nasional and cuti bersama per setting", () => {
    expect(isWorkingDay("2026-03-12", calendar, settings)).toBe(true);
    expect(isWorkingDay("2026-03-14", calendar, settings)).toBe(false); // Saturday
    expect(isWorkingDay("2026-03-19", calendar, settings)).toBe(false); // Nyepi (LN)
    expect(isWorkingDay("2026-03-18", calendar, settings)).toBe(false); // CB
    const cutiWorked = settingsWith({ cutiBersamaIsWorkingDay: true });
    expect(isWorkingDay("2026-03-18", calendar, cutiWorked)).toBe(true);
    expect(isWorkingDay("2026-03-19", calendar, cutiWorked)).toBe(false);
  });

  it("always treats LIBUR_LOKAL as off", () => {
    const local = realCalendar([{ date: "2026-03-13", kind: "LIBUR_LOKAL", name: "Libur daerah (contoh)" }]);
    expect(isWorkingDay("2026-03-13", calendar, settings)).toBe(true);
    expect(isWorkingDay("2026-03-13", local, settings)).toBe(false);
    expect(isWorkingDay("2026-03-13", local, settingsWith({ cutiBersamaIsWorkingDay: true }))).toBe(false);
  });

  it("rejects malformed holiday rows", () => {
    expect(() => createHolidayCalendar([{ date: "2026-13-01", kind: "LIBUR_NASIONAL", name: "x" }], [])).toThrow(
      RangeError,
    );
  });
});

describe("todayInZone", () => {
  it("uses the office time zone, not UTC", () => {
    const instant = new Date("2026-03-11T17:30:00Z");
    expect(todayInZone(instant, "Asia/Makassar")).toBe("2026-03-12"); // 01:30 WITA
    expect(todayInZone(instant, "UTC")).toBe("2026-03-11");
    expect(todayInZone(new Date("2026-03-11T15:59:59Z"), "Asia/Makassar")).toBe("2026-03-11"); // 23:59:59
  });
});

describe("effectiveReceiptDate", () => {
  const at = (iso: string, s = settings) => effectiveReceiptDate(new Date(iso), calendar, s);

  it("applies the 16:00 WITA cutoff (08:00Z)", () => {
    expect(at("2026-03-12T02:00:00Z")).toBe("2026-03-12"); // 10:00
    expect(at("2026-03-12T07:59:59Z")).toBe("2026-03-12"); // 15:59:59
    expect(at("2026-03-12T08:00:00Z")).toBe("2026-03-13"); // 16:00 exactly
    expect(at("2026-03-12T08:30:00Z")).toBe("2026-03-13"); // 16:30
  });

  it("converts the UTC instant to the office day", () => {
    expect(at("2026-03-11T17:30:00Z")).toBe("2026-03-12"); // 01:30 on the 12th
    // 15:30 WIB in Jakarta (UTC+7) is before the cutoff there.
    expect(at("2026-03-12T08:30:00Z", settingsWith({ timeZone: "Asia/Jakarta" }))).toBe("2026-03-12");
  });

  it("moves non-working days to the next working day unless AS_IS", () => {
    expect(at("2026-03-07T02:00:00Z")).toBe("2026-03-09"); // Sat -> Mon
    expect(at("2026-03-07T02:00:00Z", settingsWith({ nonWorkingDayReceipt: "AS_IS" }))).toBe("2026-03-07");
    expect(at("2026-03-13T08:30:00Z")).toBe("2026-03-16"); // Fri 16:30 -> Sat -> Mon
    expect(at("2025-12-24T09:00:00Z")).toBe("2025-12-29"); // 17:00 -> 25 LN, 26 CB, weekend -> Mon
  });

  it("has a date-only variant", () => {
    expect(effectiveReceiptDateFromDate("2026-03-20", calendar, settings)).toBe("2026-03-25");
    expect(effectiveReceiptDateFromDate("2026-03-12", calendar, settings)).toBe("2026-03-12");
  });
});
