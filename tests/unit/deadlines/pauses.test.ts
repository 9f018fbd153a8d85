/**
 * Clarification pauses: the day the clarification is asked still counts; working days after
 * it up to and including the day the answer arrives do not.
 * Base case (April 2026, no holidays between Apr 6 and Apr 24): received Mon 2026-04-06,
 * 7 Tu(1) 8(2) 9(3) 10 Fr(4) 13 Mo(5) 14(6) 15(7) 16(8) 17 Fr(9) 20 Mo(10).
 */
import { OPEN_PAUSE_REASON, addWorkingDays, computeRequestDeadlines } from "@/lib/deadlines";

import { realCalendar, settingsWith, wita } from "./holiday-fixture";

const calendar = realCalendar();
const receivedAt = wita("2026-04-06T10:00");

describe("clarification pauses", () => {
  it("base case without pause: notice Mon 2026-04-20", () => {
    expect(computeRequestDeadlines({ receivedAt, calendar }).noticeDueDate).toBe("2026-04-20");
  });

  it("asked Wed 04-08, answered Fri 04-10 -> Thu 9 and Fri 10 not counted -> Wed 2026-04-22", () => {
    // 7(1) 8(2, day asked counts) | 9, 10 paused | 13(3) 14(4) 15(5) 16(6) 17(7) 20(8) 21(9) 22 We(10).
    const result = computeRequestDeadlines({
      receivedAt,
      calendar,
      pauses: [{ startDate: "2026-04-08", resumeDate: "2026-04-10" }],
    });
    expect(result.noticeDueDate).toBe("2026-04-22");
    expect(result.paused).toBe(false);
    expect(result.pendingReason).toBeNull();
  });

  it("asked Fri 04-10, answered Mon 04-13 -> only Monday is lost -> Tue 2026-04-21", () => {
    // 7(1) 8(2) 9(3) 10(4, asked) | 11-12 weekend, 13 paused | 14(5) 15(6) 16(7) 17(8) 20(9) 21 Tu(10).
    const result = computeRequestDeadlines({
      receivedAt,
      calendar,
      pauses: [{ startDate: "2026-04-10", resumeDate: "2026-04-13" }],
    });
    expect(result.noticeDueDate).toBe("2026-04-21");
  });

  it("asked Fri 04-10, answered Sat 04-11 -> no working day lost -> Mon 2026-04-20", () => {
    const result = computeRequestDeadlines({
      receivedAt,
      calendar,
      pauses: [{ startDate: "2026-04-10", resumeDate: "2026-04-11" }],
    });
    expect(result.noticeDueDate).toBe("2026-04-20");
  });

  it("asked and answered the same day -> nothing lost", () => {
    const result = computeRequestDeadlines({
      receivedAt,
      calendar,
      pauses: [{ startDate: "2026-04-08", resumeDate: "2026-04-08" }],
    });
    expect(result.noticeDueDate).toBe("2026-04-20");
  });

  it("two pauses add up, and the extension continues after them", () => {
    // Pause A 8→9 loses Thu 9; pause B 14→16 loses Wed 15 and Thu 16.
    // 7(1) 8(2) | 9 | 10(3) 13(4) 14(5) | 15, 16 | 17(6) 20(7) 21(8) 22(9) 23 Th(10).
    // Extension: 24 Fr(11) 27(12) 28(13) 29(14) 30 Th(15) | May 1 LN | 4 Mo(16) 5 Tu(17).
    const result = computeRequestDeadlines({
      receivedAt,
      calendar,
      extended: true,
      pauses: [
        { startDate: "2026-04-08", resumeDate: "2026-04-09" },
        { startDate: "2026-04-14", resumeDate: "2026-04-16" },
      ],
    });
    expect(result.noticeDueDate).toBe("2026-04-23");
    expect(result.extendedDueDate).toBe("2026-05-05");
  });

  it("open pause -> due dates unknown (null) with a reason", () => {
    const result = computeRequestDeadlines({
      receivedAt,
      calendar,
      extended: true,
      pauses: [{ startDate: "2026-04-08", resumeDate: null }],
    });
    expect(result.clockStartDate).toBe("2026-04-06");
    expect(result.noticeDueDate).toBeNull();
    expect(result.extendedDueDate).toBeNull();
    expect(result.paused).toBe(true);
    expect(result.pendingReason).toBe(OPEN_PAUSE_REASON);
  });

  it("open pause asked after the notice due date keeps the notice date but blocks the extension", () => {
    // Notice due Mon 04-20 (base case); pause opened Wed 04-22 during the extension.
    const result = computeRequestDeadlines({
      receivedAt,
      calendar,
      extended: true,
      pauses: [{ startDate: "2026-04-22", resumeDate: null }],
    });
    expect(result.noticeDueDate).toBe("2026-04-20");
    expect(result.extendedDueDate).toBeNull();
    expect(result.paused).toBe(true);
    expect(result.pendingReason).toBe(OPEN_PAUSE_REASON);
  });

  it("pause over Lebaran 2026 only loses the working days it covers", () => {
    // From Thu 2026-03-12: pause asked Tue 03-17, answered Wed 03-25 (18-24 are off anyway; 25 is lost).
    // 13(1) 16(2) 17(3, asked) | 18-25 | 26(4) 27(5) 30(6) 31(7) Apr 1(8) 2(9) | 3 LN | 6 Mo(10).
    const result = addWorkingDays("2026-03-12", 10, calendar, settingsWith(), [
      { startDate: "2026-03-17", resumeDate: "2026-03-25" },
    ]);
    expect(result.date).toBe("2026-04-06");
  });

  it("addWorkingDays returns null and the reason while a pause is open", () => {
    const result = addWorkingDays("2026-04-06", 10, calendar, settingsWith(), [
      { startDate: "2026-04-10", resumeDate: null },
    ]);
    expect(result).toEqual({ date: null, reason: OPEN_PAUSE_REASON, missingYears: [], warnings: [] });
  });

  it("rejects a pause answered before it was asked", () => {
    expect(() =>
      computeRequestDeadlines({
        receivedAt,
        calendar,
        pauses: [{ startDate: "2026-04-10", resumeDate: "2026-04-09" }],
      }),
    ).toThrow(RangeError);
  });
});
