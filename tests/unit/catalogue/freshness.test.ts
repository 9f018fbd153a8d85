import { addCalendarMonths, dueSoonWindow, freshnessOf, reviewDueDate, type FreshnessInput } from "@/lib/catalogue/freshness";

const berkala = (over: Partial<FreshnessInput> = {}): FreshnessInput => ({
  category: "BERKALA",
  lastUpdated: "2026-06-03",
  lastVerified: null,
  cycleMonths: 6,
  hasContent: true,
  ...over,
});

describe("addCalendarMonths", () => {
  it.each([
    ["2026-06-03", 6, "2026-12-03"],
    ["2026-08-31", 6, "2027-02-28"],
    ["2027-08-31", 6, "2028-02-29"],
    ["2026-12-15", 1, "2027-01-15"],
    ["2026-01-31", 1, "2026-02-28"],
  ] as const)("%s + %d months = %s", (from, months, expected) => {
    expect(addCalendarMonths(from, months)).toBe(expected);
  });
});

describe("freshness around the 6-month edge (berkala, updated 2026-06-03 → due 2026-12-03)", () => {
  it("is due on 2026-12-03", () => expect(reviewDueDate(berkala())).toBe("2026-12-03"));
  it.each([
    ["2026-10-01", "FRESH", 63],
    ["2026-11-02", "FRESH", 31],
    ["2026-11-03", "DUE_SOON", 30],
    ["2026-12-02", "DUE_SOON", 1],
    ["2026-12-03", "DUE_SOON", 0],
    ["2026-12-04", "OVERDUE", -1],
    ["2027-03-01", "OVERDUE", -88],
  ] as const)("on %s it is %s (%d days left)", (today, state, daysLeft) => {
    const result = freshnessOf(berkala(), today);
    expect(result.state).toBe(state);
    expect(result.daysLeft).toBe(daysLeft);
  });

  it("caps a berkala cycle at 6 months even if 12 were entered", () => {
    expect(reviewDueDate(berkala({ cycleMonths: 12 }))).toBe("2026-12-03");
    expect(reviewDueDate({ ...berkala({ cycleMonths: 12 }), category: "SETIAP_SAAT" })).toBe("2027-06-03");
  });

  it("a passed verification restarts the cycle; an older one does not", () => {
    expect(freshnessOf(berkala({ lastVerified: "2026-12-10" }), "2026-12-10").state).toBe("FRESH");
    expect(reviewDueDate(berkala({ lastVerified: "2026-12-10" }))).toBe("2027-06-10");
    expect(reviewDueDate(berkala({ lastVerified: "2026-05-01" }))).toBe("2026-12-03");
  });

  it("uses the due-soon setting", () => {
    expect(freshnessOf(berkala(), "2026-11-20", 10).state).toBe("FRESH");
    expect(freshnessOf(berkala(), "2026-11-23", 10).state).toBe("DUE_SOON");
  });

  it("never lets the window exceed half the cycle (monthly item)", () => {
    const monthly = berkala({ lastUpdated: "2026-11-27", cycleMonths: 1 });
    expect(dueSoonWindow(monthly, 30)).toBe(15);
    expect(freshnessOf(monthly, "2026-12-03").state).toBe("FRESH");
    expect(freshnessOf(monthly, "2026-12-12").state).toBe("DUE_SOON");
    expect(freshnessOf(monthly, "2026-12-28").state).toBe("OVERDUE");
  });
});

describe("broken items", () => {
  it("without file or link, with a missing file, or a failed link", () => {
    expect(freshnessOf(berkala({ hasContent: false }), "2026-07-01").state).toBe("BROKEN");
    expect(freshnessOf(berkala({ fileMissing: true }), "2026-07-01").state).toBe("BROKEN");
    expect(freshnessOf(berkala({ linkOk: false }), "2026-07-01").reasons).toEqual(["Tautan gagal pada pemeriksaan terakhir."]);
    expect(freshnessOf(berkala({ linkOk: null }), "2026-07-01").state).toBe("FRESH");
  });
});

describe("dikecualikan", () => {
  const exempt = (until: string | null): FreshnessInput => ({ ...berkala({ hasContent: false }), category: "DIKECUALIKAN", exemptUntil: until as FreshnessInput["exemptUntil"] });
  it("falls due when the exemption expires", () => {
    expect(freshnessOf(exempt("2026-12-20"), "2026-12-03").state).toBe("DUE_SOON");
    expect(freshnessOf(exempt("2026-12-20"), "2026-12-21").state).toBe("OVERDUE");
    expect(freshnessOf(exempt("2027-03-31"), "2026-12-03").state).toBe("FRESH");
  });
  it("never expires under Pasal 17 g/h (no date) and needs no file", () => {
    expect(freshnessOf(exempt(null), "2030-01-01")).toMatchObject({ state: "FRESH", dueDate: null });
  });
});
