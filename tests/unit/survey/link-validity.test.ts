import {
  DEFAULT_SURVEY_LINK_VALIDITY_DAYS,
  expiredSurveyLinkText,
  isSurveyLinkValidOn,
  surveyLinkExpiredSince,
  surveyLinkLastDay,
} from "@/lib/survey/link-validity";

describe("surveyLinkLastDay", () => {
  it.each([
    ["2026-04-10", 30, "2026-05-10"],
    ["2026-12-15", 30, "2027-01-14"], // across the year end
    ["2028-02-10", 30, "2028-03-11"], // leap year
    ["2026-05-04", 1, "2026-05-05"],
  ] as const)("completed %s, %d days → usable through %s", (completedOn, days, expected) => {
    expect(surveyLinkLastDay(completedOn, days)).toBe(expected);
  });

  it("counts calendar days: weekends and holidays do not extend the window", () => {
    // Completed Fri 2026-12-18; Christmas and the weekends fall inside the window.
    expect(surveyLinkLastDay("2026-12-18", 7)).toBe("2026-12-25");
  });

  it("refuses a window that is not a whole number of at least one day", () => {
    expect(() => surveyLinkLastDay("2026-04-10", 0)).toThrow(RangeError);
    expect(() => surveyLinkLastDay("2026-04-10", -5)).toThrow(RangeError);
    expect(() => surveyLinkLastDay("2026-04-10", 2.5)).toThrow(RangeError);
  });

  it("defaults to 30 days", () => {
    expect(DEFAULT_SURVEY_LINK_VALIDITY_DAYS).toBe(30);
  });
});

describe("isSurveyLinkValidOn", () => {
  const lastDay = surveyLinkLastDay("2026-04-10", 30); // 2026-05-10

  it("is valid from completion through the whole last day", () => {
    expect(isSurveyLinkValidOn(lastDay, "2026-04-10")).toBe(true);
    expect(isSurveyLinkValidOn(lastDay, "2026-05-09")).toBe(true);
    expect(isSurveyLinkValidOn(lastDay, "2026-05-10")).toBe(true);
  });

  it("is not valid from the next day on: the April link in December is refused", () => {
    expect(isSurveyLinkValidOn(lastDay, "2026-05-11")).toBe(false);
    expect(isSurveyLinkValidOn(lastDay, "2026-12-04")).toBe(false);
    expect(isSurveyLinkValidOn(lastDay, "2027-01-01")).toBe(false);
  });

  it("names the first day it no longer works", () => {
    expect(surveyLinkExpiredSince(lastDay)).toBe("2026-05-11");
    expect(surveyLinkExpiredSince("2026-12-31")).toBe("2027-01-01");
    expect(expiredSurveyLinkText(lastDay)).toBe("Tautan survei ini sudah tidak berlaku sejak 11 Mei 2026.");
  });
});
