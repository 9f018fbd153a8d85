/**
 * Request deadlines against the real 2025-2026 holiday data.
 * Legend in comments: LN = libur nasional, CB = cuti bersama, (n) = counted working day n.
 */
import { computeRequestDeadlines } from "@/lib/deadlines";

import { completeYears, holidayFile, realCalendar, settingsWith, wita } from "./holiday-fixture";

const calendar = realCalendar();

describe("holiday fixture", () => {
  it("is the real data with 2025 and 2026 complete", () => {
    expect(completeYears).toEqual([2025, 2026]);
    expect(holidayFile.holidays).toHaveLength(53);
  });
});

describe("computeRequestDeadlines: domain README worked example", () => {
  it("received Thu 2026-03-12 -> notice Thu 2026-04-02, extended Tue 2026-04-14", () => {
    // 13 Fr(1) 16 Mo(2) 17 Tu(3) | 18 CB, 19 LN Nyepi, 20 CB, 21-22 LN weekend, 23-24 CB |
    // 25 We(4) 26(5) 27(6) 30(7) 31(8) Apr 1(9) Apr 2 Th(10).
    // Extension: Apr 3 LN Good Friday, 4-5 weekend | 6 Mo(11) 7(12) 8(13) 9(14) 10(15) 13(16) 14 Tu(17).
    const result = computeRequestDeadlines({ receivedAt: wita("2026-03-12T10:00"), calendar, extended: true });
    expect(result).toEqual({
      clockStartDate: "2026-03-12",
      noticeDueDate: "2026-04-02",
      extendedDueDate: "2026-04-14",
      paused: false,
      pendingReason: null,
      missingYears: [],
      warnings: [],
    });
  });

  it("leaves extendedDueDate null when not extended", () => {
    const result = computeRequestDeadlines({ receivedAt: wita("2026-03-12T10:00"), calendar });
    expect(result.noticeDueDate).toBe("2026-04-02");
    expect(result.extendedDueDate).toBeNull();
  });
});

describe("Lebaran", () => {
  it("2025: received Wed 2025-03-26 -> notice Mon 2025-04-21, extended Wed 2025-04-30", () => {
    // 27 Th(1) | 28 CB Nyepi, 29 LN, 30 Su, 31 LN, Apr 1 LN, 2-4 CB, 5-6 weekend, 7 CB |
    // 8 Tu(2) 9(3) 10(4) 11(5) 14(6) 15(7) 16(8) 17 Th(9) | 18 LN Good Friday, 19-20 weekend | 21 Mo(10).
    // Extension: 22(11) 23(12) 24(13) 25(14) 28(15) 29(16) 30 We(17).
    const result = computeRequestDeadlines({ receivedAt: wita("2025-03-26T09:00"), calendar, extended: true });
    expect(result.clockStartDate).toBe("2025-03-26");
    expect(result.noticeDueDate).toBe("2025-04-21");
    expect(result.extendedDueDate).toBe("2025-04-30");
    expect(result.warnings).toEqual([]);
  });

  it("2025 with cuti bersama as working days -> notice Fri 2025-04-11", () => {
    // 27 Th(1) 28 Fr CB now worked(2) | 29-30 weekend, 31 LN, Apr 1 LN | 2 We(3) 3(4) 4(5)
    // 7 Mo(6) 8(7) 9(8) 10(9) 11 Fr(10).
    const result = computeRequestDeadlines({
      receivedAt: wita("2025-03-26T09:00"),
      calendar,
      settings: settingsWith({ cutiBersamaIsWorkingDay: true }),
    });
    expect(result.noticeDueDate).toBe("2025-04-11");
  });

  it("2026: received on Nyepi (LN, Thu 2026-03-19) counts as received Wed 2026-03-25", () => {
    // 19 LN, 20 CB, 21-22 LN, 23-24 CB -> clock start 25 We.
    // 26 Th(1) 27(2) 30(3) 31(4) Apr 1(5) 2(6) | 3 LN | 6 Mo(7) 7(8) 8(9) 9 Th(10).
    const result = computeRequestDeadlines({ receivedAt: wita("2026-03-19T10:00"), calendar });
    expect(result.clockStartDate).toBe("2026-03-25");
    expect(result.noticeDueDate).toBe("2026-04-09");
  });

  it("2026: received on cuti bersama Fri 2026-03-20, AS_IS -> day 1 is Wed 2026-03-25", () => {
    // Clock start stays 20 (CB). 25 We(1) 26(2) 27(3) 30(4) 31(5) Apr 1(6) 2(7) | 3 LN | 6(8) 7(9) 8 We(10).
    const result = computeRequestDeadlines({
      receivedAt: wita("2026-03-20T10:00"),
      calendar,
      settings: settingsWith({ nonWorkingDayReceipt: "AS_IS" }),
    });
    expect(result.clockStartDate).toBe("2026-03-20");
    expect(result.noticeDueDate).toBe("2026-04-08");
  });

  it("2026: cuti bersama as working day -> received Fri 2026-03-20 is a normal receipt", () => {
    // 20 is worked, clock start 20. 21-22 LN weekend | 23 Mo(1) 24(2) 25(3) 26(4) 27(5)
    // 30(6) 31(7) Apr 1(8) 2(9) | 3 LN, 4-5 weekend | 6 Mo(10).
    const result = computeRequestDeadlines({
      receivedAt: wita("2026-03-20T10:00"),
      calendar,
      settings: settingsWith({ cutiBersamaIsWorkingDay: true }),
    });
    expect(result.clockStartDate).toBe("2026-03-20");
    expect(result.noticeDueDate).toBe("2026-04-06");
  });
});

describe("year end", () => {
  it("received Mon 2025-12-22 -> notice Thu 2026-01-08, extended Tue 2026-01-20, no warning", () => {
    // 23 Tu(1) 24 We(2) | 25 LN, 26 CB, 27-28 weekend | 29 Mo(3) 30(4) 31(5) | Jan 1 LN |
    // 2 Fr(6) 5 Mo(7) 6(8) 7(9) 8 Th(10). Extension: 9(11) 12(12) 13(13) 14(14) 15(15) | 16 LN Isra Mikraj |
    // 19 Mo(16) 20 Tu(17).
    const result = computeRequestDeadlines({ receivedAt: wita("2025-12-22T10:00"), calendar, extended: true });
    expect(result.noticeDueDate).toBe("2026-01-08");
    expect(result.extendedDueDate).toBe("2026-01-20");
    expect(result.warnings).toEqual([]);
  });

  it("received Wed 2025-12-24 at 17:00 -> Christmas, cuti bersama, weekend -> clock start Mon 2025-12-29", () => {
    // After cutoff -> 25 (LN) -> 26 CB, 27-28 weekend -> 29 Mo.
    // 30 Tu(1) 31 We(2) | Jan 1 LN | 2 Fr(3) 5(4) 6(5) 7(6) 8(7) 9(8) 12 Mo(9) 13 Tu(10).
    const result = computeRequestDeadlines({ receivedAt: wita("2025-12-24T17:00"), calendar });
    expect(result.clockStartDate).toBe("2025-12-29");
    expect(result.noticeDueDate).toBe("2026-01-13");
  });

  it("received Wed 2026-12-23 -> crosses into 2027 (no data): counted as Mon-Fri, with a warning", () => {
    // 24 CB, 25 LN, 26-27 weekend | 28 Mo(1) 29(2) 30(3) 31 Th(4) | 2027: Jan 1 Fr(5) counted because
    // 2027 holidays are unknown | 4 Mo(6) 5(7) 6(8) 7(9) 8 Fr(10).
    const result = computeRequestDeadlines({ receivedAt: wita("2026-12-23T10:00"), calendar });
    expect(result.noticeDueDate).toBe("2027-01-08");
    expect(result.missingYears).toEqual([2027]);
    expect(result.warnings).toEqual([
      "Data hari libur tahun 2027 belum tersedia; tenggat dihitung tanpa hari libur tahun itu.",
    ]);
  });

  it("warns only when the extension reaches 2027 (received Mon 2026-12-07)", () => {
    // 8 Tu(1) 9(2) 10(3) 11(4) 14(5) 15(6) 16(7) 17(8) 18(9) 21 Mo(10): all in 2026, no warning yet.
    // Extension: 22(11) 23(12) | 24 CB, 25 LN | 28(13) 29(14) 30(15) 31(16) 2027-01-01 Fr(17).
    const plain = computeRequestDeadlines({ receivedAt: wita("2026-12-07T10:00"), calendar });
    expect(plain.noticeDueDate).toBe("2026-12-21");
    expect(plain.warnings).toEqual([]);

    const extended = computeRequestDeadlines({ receivedAt: wita("2026-12-07T10:00"), calendar, extended: true });
    expect(extended.extendedDueDate).toBe("2027-01-01");
    expect(extended.warnings).toHaveLength(1);
    expect(extended.warnings[0]).toContain("2027");
  });

  it("no warning once 2027 data is loaded, and New Year's Day is skipped", () => {
    // Same as above but 2027-01-01 LN: 31 Th(16) | Jan 1 LN, 2-3 weekend | 4 Mo(17).
    const with2027 = realCalendar(
      [{ date: "2027-01-01", kind: "LIBUR_NASIONAL", name: "Tahun Baru 2027 Masehi" }],
      [2025, 2026, 2027],
    );
    const result = computeRequestDeadlines({
      receivedAt: wita("2026-12-07T10:00"),
      calendar: with2027,
      extended: true,
    });
    expect(result.extendedDueDate).toBe("2027-01-04");
    expect(result.warnings).toEqual([]);
  });
});

describe("receipt on a non-working day", () => {
  it("Saturday 2026-03-07 counts as Monday 2026-03-09 -> notice Mon 2026-03-30", () => {
    // 10 Tu(1) 11(2) 12(3) 13(4) 16(5) 17(6) | 18-24 Nyepi/Lebaran | 25(7) 26(8) 27(9) 30 Mo(10).
    const result = computeRequestDeadlines({ receivedAt: wita("2026-03-07T10:00"), calendar });
    expect(result.clockStartDate).toBe("2026-03-09");
    expect(result.noticeDueDate).toBe("2026-03-30");
  });

  it("Sunday 2026-03-08 gives the same result", () => {
    const result = computeRequestDeadlines({ receivedAt: wita("2026-03-08T20:00"), calendar });
    expect(result.clockStartDate).toBe("2026-03-09");
    expect(result.noticeDueDate).toBe("2026-03-30");
  });

  it("Saturday with AS_IS: day 1 is Monday -> notice Fri 2026-03-27", () => {
    // 9 Mo(1) 10(2) 11(3) 12(4) 13(5) 16(6) 17(7) | 18-24 | 25(8) 26(9) 27 Fr(10).
    const result = computeRequestDeadlines({
      receivedAt: wita("2026-03-07T10:00"),
      calendar,
      settings: settingsWith({ nonWorkingDayReceipt: "AS_IS" }),
    });
    expect(result.clockStartDate).toBe("2026-03-07");
    expect(result.noticeDueDate).toBe("2026-03-27");
  });
});

describe("office-hours cutoff and time zone", () => {
  it("16:30 WITA (08:30Z) on Thu 2026-03-12 counts as Fri 2026-03-13 -> notice Mon 2026-04-06", () => {
    // 16 Mo(1) 17(2) | 18-24 | 25(3) 26(4) 27(5) 30(6) 31(7) Apr 1(8) 2(9) | 3 LN | 6 Mo(10).
    const result = computeRequestDeadlines({ receivedAt: new Date("2026-03-12T08:30:00Z"), calendar });
    expect(result.clockStartDate).toBe("2026-03-13");
    expect(result.noticeDueDate).toBe("2026-04-06");
  });

  it("15:59 WITA (07:59Z) is still 2026-03-12 -> notice 2026-04-02", () => {
    const result = computeRequestDeadlines({ receivedAt: new Date("2026-03-12T07:59:59Z"), calendar });
    expect(result.clockStartDate).toBe("2026-03-12");
    expect(result.noticeDueDate).toBe("2026-04-02");
  });

  it("no cutoff (null): 16:30 stays on 2026-03-12", () => {
    const result = computeRequestDeadlines({
      receivedAt: new Date("2026-03-12T08:30:00Z"),
      calendar,
      settings: settingsWith({ officeHoursCutoff: null }),
    });
    expect(result.noticeDueDate).toBe("2026-04-02");
  });

  it("after hours on Fri 2026-03-13 -> Saturday -> Monday 2026-03-16 -> notice Tue 2026-04-07", () => {
    // 17 Tu(1) | 18-24 | 25(2) 26(3) 27(4) 30(5) 31(6) Apr 1(7) 2(8) | 3 LN | 6(9) 7 Tu(10).
    const result = computeRequestDeadlines({ receivedAt: wita("2026-03-13T16:45"), calendar });
    expect(result.clockStartDate).toBe("2026-03-16");
    expect(result.noticeDueDate).toBe("2026-04-07");
  });

  it("2026-03-11T17:30Z is already 01:30 on 2026-03-12 in Makassar -> worked example dates", () => {
    const result = computeRequestDeadlines({ receivedAt: new Date("2026-03-11T17:30:00Z"), calendar });
    expect(result.clockStartDate).toBe("2026-03-12");
    expect(result.noticeDueDate).toBe("2026-04-02");
  });

  it("2026-03-11T07:30Z (15:30 WITA on the 11th) -> notice Wed 2026-04-01", () => {
    // 12 Th(1) 13(2) 16(3) 17(4) | 18-24 | 25(5) 26(6) 27(7) 30(8) 31(9) Apr 1 We(10).
    const result = computeRequestDeadlines({ receivedAt: new Date("2026-03-11T07:30:00Z"), calendar });
    expect(result.clockStartDate).toBe("2026-03-11");
    expect(result.noticeDueDate).toBe("2026-04-01");
  });
});

describe("extension across holidays (Idul Adha 2026)", () => {
  it("received Wed 2026-04-29 -> notice Mon 2026-05-18, extended Fri 2026-05-29", () => {
    // 30 Th(1) | May 1 LN | 4 Mo(2) 5(3) 6(4) 7(5) 8(6) 11(7) 12(8) 13 We(9) | 14 LN, 15 CB | 18 Mo(10).
    // Extension: 19(11) 20(12) 21(13) 22(14) 25(15) 26 Tu(16) | 27 LN Idul Adha, 28 CB | 29 Fr(17).
    const result = computeRequestDeadlines({ receivedAt: wita("2026-04-29T09:00"), calendar, extended: true });
    expect(result.noticeDueDate).toBe("2026-05-18");
    expect(result.extendedDueDate).toBe("2026-05-29");
  });

  it("cuti bersama as working days shortens it: notice Fri 2026-05-15, extended Tue 2026-05-26", () => {
    // ... 13 We(9) | 14 LN | 15 Fr now worked(10). Extension: 18(11) 19(12) 20(13) 21(14) 22(15) 25(16) 26 Tu(17).
    const result = computeRequestDeadlines({
      receivedAt: wita("2026-04-29T09:00"),
      calendar,
      settings: settingsWith({ cutiBersamaIsWorkingDay: true }),
      extended: true,
    });
    expect(result.noticeDueDate).toBe("2026-05-15");
    expect(result.extendedDueDate).toBe("2026-05-26");
  });
});

describe("LIBUR_LOKAL added by an admin", () => {
  // Hypothetical local day off on Fri 2026-03-13.
  const local = realCalendar([{ date: "2026-03-13", kind: "LIBUR_LOKAL", name: "Libur daerah (contoh)" }]);

  it("shifts the worked example to Mon 2026-04-06", () => {
    // 13 local | 16 Mo(1) 17(2) | 18-24 | 25(3) 26(4) 27(5) 30(6) 31(7) Apr 1(8) 2(9) | 3 LN | 6 Mo(10).
    const result = computeRequestDeadlines({ receivedAt: wita("2026-03-12T10:00"), calendar: local });
    expect(result.noticeDueDate).toBe("2026-04-06");
  });

  it("a receipt on the local day counts as received Mon 2026-03-16", () => {
    // 17 Tu(1) | 18-24 | 25(2) 26(3) 27(4) 30(5) 31(6) Apr 1(7) 2(8) | 3 LN | 6(9) 7 Tu(10).
    const result = computeRequestDeadlines({ receivedAt: wita("2026-03-13T09:00"), calendar: local });
    expect(result.clockStartDate).toBe("2026-03-16");
    expect(result.noticeDueDate).toBe("2026-04-07");
  });
});
