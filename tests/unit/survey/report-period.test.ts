import { officeRange, parseReportPeriod, periodDays, periodFromQuery, periodStage, periodTitle } from "@/lib/reports/period";
import { median, summarizeRequests, type ReportRequestRow } from "@/lib/reports/request-summary";
import { nrrChartSvg } from "@/lib/reports/report-html";
import { createHolidayCalendar, DEFAULT_CLOCK_SETTINGS } from "@/lib/deadlines";

const clock = { calendar: { holidays: [], knownYears: [] }, settings: undefined } as never;

describe("report periods", () => {
  it("parses month, quarter, semester and year and names them in Bahasa", () => {
    expect(periodTitle(parseReportPeriod("2026-11")!)).toBe("November 2026");
    expect(periodTitle(parseReportPeriod("2026-q4")!)).toBe("Triwulan IV 2026");
    expect(periodTitle(parseReportPeriod("2026-S1")!)).toBe("Semester I 2026");
    expect(periodTitle(parseReportPeriod("2026")!)).toBe("Tahun 2026");
    expect(parseReportPeriod("2026-13")).toBeNull();
    expect(parseReportPeriod("x")).toBeNull();
  });
  it("falls back to the default period from a URL, saying what could not be read", () => {
    expect(periodFromQuery("2026-q4", "2026-11")).toMatchObject({ period: { key: "2026-Q4" }, unknown: null });
    expect(periodFromQuery(undefined, "2026-11")).toMatchObject({ period: { key: "2026-11" }, unknown: null });
    expect(periodFromQuery("2026-13", "2026-11")).toMatchObject({ period: { key: "2026-11" }, unknown: "2026-13" });
  });
  it("knows whether a period has begun, is running or is over, and does not show one that is still ahead", () => {
    const march = parseReportPeriod("2026-03")!;
    expect(periodStage(march, "2026-02-28")).toBe("BELUM_DIMULAI");
    expect(periodStage(march, "2026-03-01")).toBe("BERJALAN");
    expect(periodStage(march, "2026-03-31")).toBe("BERJALAN");
    expect(periodStage(march, "2026-04-01")).toBe("SELESAI");
    expect(periodDays(parseReportPeriod("2028-02")!)).toEqual({ first: "2028-02-01", last: "2028-02-29" });
    expect(periodDays(parseReportPeriod("2026-S2")!)).toEqual({ first: "2026-07-01", last: "2026-12-31" });
    expect(periodFromQuery("2030-01", "2026", "2026-12-04")).toMatchObject({ period: { key: "2026" }, unknown: null, future: { key: "2030-01" } });
    expect(periodFromQuery("2026-12", "2026", "2026-12-04")).toMatchObject({ period: { key: "2026-12" }, future: null });
  });
  it("covers whole office-zone (WITA) months", () => {
    expect(officeRange(parseReportPeriod("2026-S2")!, "Asia/Makassar")).toEqual({ from: new Date("2026-06-30T16:00:00Z"), to: new Date("2026-12-31T16:00:00Z") });
    expect(officeRange(parseReportPeriod("2026-02")!, "Asia/Makassar").to).toEqual(new Date("2026-02-28T16:00:00Z"));
  });
});

describe("request summary", () => {
  it("median of even and odd lists", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
  it("counts by channel and outcome, overdue and refusals without a clock when nothing was decided", () => {
    const base: ReportRequestRow = { id: "1", registrationNumber: "0001/PMH/X/2026", applicantName: "A", channel: "PORTAL", applicantType: "PERORANGAN", status: "DIPROSES", outcome: null, assignedToId: null, clockStartDate: "2026-11-02", noticeDate: null, dueDate: "2026-11-16", extended: false, exemptionArticle: null, consequenceTestRef: null, pauses: [] };
    const s = summarizeRequests([base, { ...base, id: "2", registrationNumber: "0002/PMH/X/2026", channel: "EMAIL", dueDate: "2026-12-20", extended: true }], "2026-12-03", clock);
    // Nothing decided, but request 1 is past its due date: it is already late, so 0% on time (not "–").
    expect(s).toMatchObject({ received: 2, byChannel: { PORTAL: 1, EMAIL: 1 }, decided: 0, onTimeBase: 1, onTimePercent: 0, extensions: 1 });
    expect(s.overdue.map((o) => o.id)).toEqual(["1"]);
    expect(summarizeRequests([{ ...base, dueDate: "2026-12-20" }], "2026-12-03", clock)).toMatchObject({ onTimeBase: 0, onTimePercent: null });
  });
  it("counts an undecided request past its due date against the on-time share", () => {
    const realClock = { calendar: createHolidayCalendar([], [2026]), settings: DEFAULT_CLOCK_SETTINGS };
    const row: ReportRequestRow = { id: "4", registrationNumber: "0004/PMH/XI/2026", applicantName: "C", channel: "PORTAL", applicantType: "PERORANGAN", status: "SELESAI", outcome: "DIKABULKAN_SELURUHNYA", assignedToId: null, clockStartDate: "2026-11-02", noticeDate: "2026-11-10", dueDate: "2026-11-13", extended: false, exemptionArticle: null, consequenceTestRef: null, pauses: [] };
    const rows = [row, { ...row, id: "5" }, { ...row, id: "6", status: "DIPROSES" as const, outcome: null, noticeDate: null }];
    // Two notices on time, one request still unanswered after 13 Nov: 2 of 3 = 66.7%.
    expect(summarizeRequests(rows, "2026-11-20", realClock)).toMatchObject({ decided: 2, onTime: 2, onTimeBase: 3, onTimePercent: 66.7 });
    // On its due date it is not late yet: 2 of 2.
    expect(summarizeRequests(rows, "2026-11-13", realClock)).toMatchObject({ onTimeBase: 2, onTimePercent: 100 });
  });
  it("does not count days spent waiting for a clarification in the time to the notice", () => {
    const realClock = { calendar: createHolidayCalendar([], [2026]), settings: DEFAULT_CLOCK_SETTINGS };
    const decided: ReportRequestRow = { id: "3", registrationNumber: "0003/PMH/XI/2026", applicantName: "B", channel: "PORTAL", applicantType: "PERORANGAN", status: "SELESAI", outcome: "DIKABULKAN_SELURUHNYA", assignedToId: null, clockStartDate: "2026-11-02", noticeDate: "2026-11-12", dueDate: "2026-11-19", extended: false, exemptionArticle: null, consequenceTestRef: null, pauses: [] };
    // Mon 2 Nov to Thu 12 Nov: 8 working days; asked on Wed 4 Nov, answered Mon 9 Nov: 5, 6 and 9 Nov do not count.
    expect(summarizeRequests([decided], "2026-12-03", realClock).medianWorkingDays).toBe(8);
    expect(summarizeRequests([{ ...decided, pauses: [{ startDate: "2026-11-04", resumeDate: "2026-11-09" }] }], "2026-12-03", realClock).medianWorkingDays).toBe(5);
  });
  it("draws a fixed-size SVG chart", () => {
    const svg = nrrChartSvg([{ code: "U1", nrr: 3.25 }]);
    expect(svg).toContain('width="600"');
    expect(svg).toContain("3,25");
  });
});
