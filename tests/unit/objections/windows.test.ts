import { filingWindow, answerDeadline, disputeDeadline, groundAroseDate } from "@/lib/objections/windows";
import { realCalendar, settingsWith } from "../deadlines/holiday-fixture";

// Domain reference worked example: received Thu 2026-03-12 → notice due Thu 2026-04-02.
const calendar = realCalendar();
const settings = settingsWith();

describe("ground for an objection", () => {
  it("is the notice date when a notice was given", () => {
    expect(groundAroseDate({ noticeDate: "2026-03-30", dueDate: "2026-04-02" }, "2026-04-10")).toBe("2026-03-30");
  });
  it("is the day after the notice deadline when it lapsed unanswered", () => {
    expect(groundAroseDate({ noticeDate: null, dueDate: "2026-04-02" }, "2026-04-10")).toBe("2026-04-03");
  });
  it("is the filing day while the deadline has not lapsed (e.g. ground b)", () => {
    expect(groundAroseDate({ noticeDate: null, dueDate: "2026-04-02" }, "2026-03-20")).toBe("2026-03-20");
  });
});

describe("30-working-day filing window on the real 2026 calendar", () => {
  // From Thu 04-02: Good Friday 04-03, Labour Day 05-01, Ascension 05-14 and cuti bersama 05-15 are skipped.
  it("notice on 2026-04-02 → last filing day Wed 2026-05-20", () => {
    expect(filingWindow({ noticeDate: "2026-04-02", dueDate: "2026-04-02" }, "2026-05-20", calendar, settings)).toMatchObject({
      groundArose: "2026-04-02", filingDueDate: "2026-05-20", late: false,
    });
    expect(filingWindow({ noticeDate: "2026-04-02", dueDate: "2026-04-02" }, "2026-05-21", calendar, settings).late).toBe(true);
  });
  it("cuti bersama as a working day (setting) moves the window one day earlier", () => {
    const window = filingWindow({ noticeDate: "2026-04-02", dueDate: "2026-04-02" }, "2026-05-19", calendar, settingsWith({ cutiBersamaIsWorkingDay: true }));
    expect(window.filingDueDate).toBe("2026-05-19");
  });
  it("follows the setting for the number of days", () => {
    const window = filingWindow({ noticeDate: "2026-04-02", dueDate: null }, "2026-04-08", calendar, settingsWith({ objectionFilingWorkingDays: 3 }));
    expect(window).toMatchObject({ filingDueDate: "2026-04-08", late: false });
  });
});

describe("Atasan answer and dispute windows", () => {
  it("answer: 30 working days from receipt, received Thu 2026-03-12 10:00 WITA → Mon 2026-05-04", () => {
    expect(answerDeadline(new Date("2026-03-12T02:00:00Z"), calendar, settings).answerDueDate).toBe("2026-05-04");
  });
  it("answer: a receipt after the 16:00 cutoff counts from the next day", () => {
    expect(answerDeadline(new Date("2026-03-12T08:30:00Z"), calendar, settings).answerDueDate).toBe("2026-05-05");
  });
  it("dispute: 14 working days after the answer, or after the answer deadline without one", () => {
    expect(disputeDeadline("2026-04-02", "2026-05-04", calendar, settings)).toBe("2026-04-23");
    expect(disputeDeadline(null, "2026-05-04", calendar, settings)).toBe(disputeDeadline("2026-05-04", "2026-05-04", calendar, settings));
  });
});
