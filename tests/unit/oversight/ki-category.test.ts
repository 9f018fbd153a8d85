import { formatScore, kiCategory, roundScore } from "@/lib/monev/category";

describe("KI qualification category (domain README §7)", () => {
  it.each([
    [100, "INFORMATIF"],
    [90.0, "INFORMATIF"],
    [89.99, "MENUJU_INFORMATIF"],
    [80.0, "MENUJU_INFORMATIF"],
    [79.99, "CUKUP_INFORMATIF"],
    [60.0, "CUKUP_INFORMATIF"],
    [59.99, "KURANG_INFORMATIF"],
    [40.0, "KURANG_INFORMATIF"],
    [39.99, "TIDAK_INFORMATIF"],
    [0, "TIDAK_INFORMATIF"],
  ])("%d → %s", (score, category) => {
    expect(kiCategory(score)).toBe(category);
  });

  it("rounds to two decimals (half away from zero) before categorising", () => {
    expect(roundScore(89.994)).toBe(89.99);
    expect(roundScore(89.995)).toBe(90);
    expect(kiCategory(89.994)).toBe("MENUJU_INFORMATIF");
    expect(kiCategory(89.995)).toBe("INFORMATIF");
    expect(kiCategory(39.994)).toBe("TIDAK_INFORMATIF");
    expect(kiCategory(39.995)).toBe("KURANG_INFORMATIF");
  });

  it("refuses a non-number and formats with an Indonesian decimal comma", () => {
    expect(() => kiCategory(Number.NaN)).toThrow(RangeError);
    expect(formatScore(89.5)).toBe("89,50");
    expect(formatScore(null)).toBe("—");
  });
});
