/**
 * Generic helpers: addWorkingDays, workingDaysBetween, deadlineAfter, isOverdue, daysRemaining.
 * Legend: LN = libur nasional, CB = cuti bersama, (n) = counted working day n.
 */
import {
  addWorkingDays,
  daysRemaining,
  deadlineAfter,
  isOverdue,
  nextWorkingDay,
  workingDaysBetween,
} from "@/lib/deadlines";

import { realCalendar, settingsWith, wita } from "./holiday-fixture";

const calendar = realCalendar();
const settings = settingsWith();

describe("addWorkingDays", () => {
  it("counts from the day after start (worked example: 10 -> 2026-04-02, 17 -> 2026-04-14)", () => {
    expect(addWorkingDays("2026-03-12", 10, calendar, settings).date).toBe("2026-04-02");
    expect(addWorkingDays("2026-03-12", 17, calendar, settings).date).toBe("2026-04-14");
  });

  it("n = 0 returns the start itself; n = 1 skips Lebaran 2026", () => {
    expect(addWorkingDays("2026-03-17", 0, calendar, settings).date).toBe("2026-03-17");
    // 18 CB, 19 LN, 20 CB, 21-22, 23-24 CB -> 25.
    expect(addWorkingDays("2026-03-17", 1, calendar, settings).date).toBe("2026-03-25");
  });

  it("rejects negative or fractional counts", () => {
    expect(() => addWorkingDays("2026-03-12", -1, calendar, settings)).toThrow(RangeError);
    expect(() => addWorkingDays("2026-03-12", 1.5, calendar, settings)).toThrow(RangeError);
  });
});

describe("nextWorkingDay", () => {
  it("jumps over the 2025 year-end holidays", () => {
    // 25 LN, 26 CB, 27-28 weekend -> 29.
    expect(nextWorkingDay("2025-12-24", calendar, settings)).toBe("2025-12-29");
    // Jan 1 2026 LN -> Fri 2.
    expect(nextWorkingDay("2025-12-31", calendar, settings)).toBe("2026-01-02");
  });
});

describe("workingDaysBetween", () => {
  it("counts days after a up to and including b", () => {
    expect(workingDaysBetween("2026-03-12", "2026-04-02", calendar, settings)).toBe(10);
    expect(workingDaysBetween("2026-03-12", "2026-04-14", calendar, settings)).toBe(17);
    expect(workingDaysBetween("2025-12-22", "2026-01-08", calendar, settings)).toBe(10);
    expect(workingDaysBetween("2026-03-12", "2026-03-12", calendar, settings)).toBe(0);
  });

  it("is negative when b is before a", () => {
    expect(workingDaysBetween("2026-04-02", "2026-03-12", calendar, settings)).toBe(-10);
  });

  it("weekends and Lebaran count zero", () => {
    expect(workingDaysBetween("2026-04-10", "2026-04-13", calendar, settings)).toBe(1); // Mon 13
    expect(workingDaysBetween("2026-04-11", "2026-04-12", calendar, settings)).toBe(0); // Sat-Sun
    expect(workingDaysBetween("2026-03-17", "2026-03-24", calendar, settings)).toBe(0); // 18-24 off
  });

  it("supports 'due within 3 working days'", () => {
    // Today Mon 2026-03-30, due Thu 2026-04-02: 31(1) Apr 1(2) Apr 2(3).
    expect(workingDaysBetween("2026-03-30", "2026-04-02", calendar, settings)).toBe(3);
    // Today Fri 2026-03-27: 30 31 1 2 -> 4, not yet within 3.
    expect(workingDaysBetween("2026-03-27", "2026-04-02", calendar, settings)).toBe(4);
  });

  it("depends on the cuti bersama setting", () => {
    // 18 CB(1) 19 LN 20 CB(2) 21-22 weekend/LN 23 CB(3) 24 CB(4) when cuti bersama is worked.
    const cutiWorked = settingsWith({ cutiBersamaIsWorkingDay: true });
    expect(workingDaysBetween("2026-03-17", "2026-03-24", calendar, cutiWorked)).toBe(4);
  });

  it("excludes paused days ('time needed' statistics)", () => {
    // Received 04-06, notice sent 04-22 after a pause 08->10 (9 and 10 excluded): 12 - 2 = 10.
    const pauses = [{ startDate: "2026-04-08", resumeDate: "2026-04-10" }] as const;
    expect(workingDaysBetween("2026-04-06", "2026-04-22", calendar, settings)).toBe(12);
    expect(workingDaysBetween("2026-04-06", "2026-04-22", calendar, settings, pauses)).toBe(10);
  });
});

describe("deadlineAfter (objections, disputes)", () => {
  it("objection answered within 30 working days of 2026-03-12 -> Mon 2026-05-04", () => {
    // ...Apr 14(17) 15(18) 16(19) 17(20) 20(21) 21(22) 22(23) 23(24) 24(25) 27(26) 28(27) 29(28)
    // 30 Th(29) | May 1 LN, 2-3 weekend | 4 Mo(30).
    const result = deadlineAfter("2026-03-12", 30, calendar, settings);
    expect(result.clockStartDate).toBe("2026-03-12");
    expect(result.date).toBe("2026-05-04");
    expect(result.warnings).toEqual([]);
  });

  it("dispute within 14 working days after an answer on 2026-05-04 -> Tue 2026-05-26", () => {
    // 5(1) 6(2) 7(3) 8(4) 11(5) 12(6) 13(7) | 14 LN, 15 CB | 18(8) 19(9) 20(10) 21(11) 22(12) 25(13) 26(14).
    expect(deadlineAfter("2026-05-04", 14, calendar, settings).date).toBe("2026-05-26");
  });

  it("a Date start is a receipt: cutoff applies (16:30 on 03-12 -> start 03-13)", () => {
    // 16(1) 17(2) | 18-24 | 25(3) 26(4) 27(5) 30(6) 31(7) Apr 1(8) 2(9) | 3 LN | 6(10).
    const result = deadlineAfter(wita("2026-03-12T16:30"), 10, calendar, settings);
    expect(result.clockStartDate).toBe("2026-03-13");
    expect(result.date).toBe("2026-04-06");
  });

  it("warns when a 30-day objection window runs into 2027", () => {
    // From 2026-12-01 thirty Mon-Fri days reach January 2027, which has no holiday data.
    const result = deadlineAfter("2026-12-01", 30, calendar, settings);
    expect(result.missingYears).toEqual([2027]);
    expect(result.warnings).toEqual([
      "Data hari libur tahun 2027 belum tersedia; tenggat dihitung tanpa hari libur tahun itu.",
    ]);
  });
});

describe("isOverdue and daysRemaining", () => {
  it("the due date itself is not overdue, the day after is", () => {
    expect(isOverdue("2026-04-02", "2026-04-01")).toBe(false);
    expect(isOverdue("2026-04-02", "2026-04-02")).toBe(false);
    expect(isOverdue("2026-04-02", "2026-04-03")).toBe(true);
    expect(isOverdue(null, "2030-01-01")).toBe(false);
  });

  it("daysRemaining counts calendar days (negative when overdue, null when unknown)", () => {
    expect(daysRemaining("2026-04-02", "2026-03-30")).toBe(3);
    expect(daysRemaining("2026-04-02", "2026-04-02")).toBe(0);
    expect(daysRemaining("2026-04-02", "2026-04-05")).toBe(-3);
    expect(daysRemaining("2026-01-08", "2025-12-22")).toBe(17);
    expect(daysRemaining(null, "2026-04-02")).toBeNull();
  });
});
