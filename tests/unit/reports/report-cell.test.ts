import { cellSheetValue, cellText, figure } from "@/lib/reports/report-cell";

describe("report cells: one figure, Indonesian text on screen and PDF, a number in the spreadsheet", () => {
  it.each([
    [figure(40, "percent"), "40%", { value: 0.4, numFmt: "0.0%" }],
    [figure(66.7, "percent"), "66,7%", { value: 0.667, numFmt: "0.0%" }],
    [figure(5.5, "figure"), "5,5", { value: 5.5, numFmt: "0.0" }],
    [figure(3.1, "nrr"), "3,10", { value: 3.1, numFmt: "0.00" }],
    [figure(3.1 / 9, "weightedNrr"), "0,3444", { value: 3.1 / 9, numFmt: "0.0000" }],
    [figure(50, "ikm"), "50,00", { value: 50, numFmt: "0.00" }],
    [figure(73.75, "score"), "73,75", { value: 73.75, numFmt: "0.00" }],
    [figure(125_000_000, "rupiah"), "Rp125.000.000", { value: 125_000_000, numFmt: '"Rp"#,##0' }],
  ])("%o prints %s and is stored as %o", (cell, text, stored) => {
    expect(cellText(cell)).toBe(text);
    expect(cellSheetValue(cell)).toEqual(stored);
  });

  it("keeps exact values in the spreadsheet (its format rounds the display only)", () => {
    expect(cellSheetValue(figure(10 / 3, "nrr"))).toEqual({ value: 10 / 3, numFmt: "0.00" });
    expect(cellText(figure(10 / 3, "nrr"))).toBe("3,33");
  });

  it("an empty figure reads '–' in both; text and counts pass through", () => {
    expect(cellText(figure(null, "percent"))).toBe("–");
    expect(cellSheetValue(figure(null, "ikm"))).toBe("–");
    expect(cellText(12)).toBe("12");
    expect(cellSheetValue(12)).toBe(12);
    expect(cellSheetValue("belum dinilai")).toBe("belum dinilai");
  });
});
