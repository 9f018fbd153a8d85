import { computeIkm, mutuOf, weakUnsur, type SurveyAnswers } from "@/lib/survey/ikm";
import { krejcieMorganSample, sampleAdequacy } from "@/lib/survey/sample-size";
import { UNSUR_CODES } from "@/lib/survey/unsur";

const all = (score: number): SurveyAnswers => Object.fromEntries(UNSUR_CODES.map((c) => [c, score]));

/** n respondents whose scores over all nine unsur add up to `total` (spread as evenly as possible). */
function respondentsWithTotal(n: number, perUnsurSums: number[]): SurveyAnswers[] {
  return Array.from({ length: n }, (_, i) =>
    Object.fromEntries(UNSUR_CODES.map((code, u) => {
      const base = Math.floor(perUnsurSums[u] / n);
      return [code, base + (i < perUnsurSums[u] - base * n ? 1 : 0)];
    })),
  );
}

describe("IKM (PermenPANRB 14/2017)", () => {
  it("computes a worked example by hand", () => {
    // Three respondents. U1 answers 4,3,3 → NRR 10/3; every other unsur 3,3,3 → NRR 3.
    // Σ NRR = 10/3 + 8×3 = 82/3; IKM = 82/3 × 1/9 × 25 = 2050/27 = 75.925925… → 75.93 (C).
    const responses = [all(3), all(3), all(3)];
    responses[0] = { ...responses[0], U1: 4 };
    const result = computeIkm(responses);
    expect(result.unsur[0]).toMatchObject({ code: "U1", answered: 3, sum: 10 });
    expect(result.unsur[0].nrr).toBeCloseTo(10 / 3, 12);
    expect(result.unsur[0].weighted).toBeCloseTo(10 / 27, 12);
    expect(result.exact).toBeCloseTo(2050 / 27, 10);
    expect(result.ikm).toBe(75.93);
    expect(result.mutu).toBe("C");
  });

  it("divides each unsur by the respondents who answered it, not by all respondents", () => {
    // U9 skipped by one of two respondents: NRR U9 = 4/1 = 4, the rest (4+2)/2 = 3.
    // Σ NRR = 8×3 + 4 = 28; IKM = 28 × 25 / 9 = 77.777… → 77.78 (B).
    const result = computeIkm([all(4), { ...all(2), U9: null }]);
    expect(result.unsur[8]).toMatchObject({ answered: 1, sum: 4, nrr: 4 });
    expect(result.ikm).toBe(77.78);
    expect(result.mutu).toBe("B");
  });

  it("rounds only at the end and classifies the rounded value onto the B boundary (88.304… → 88.30 → B)", () => {
    // 19 respondents, 604 points in total: IKM = 604 × 25 / (9 × 19) = 88.30409… → 88.30 → B, not A.
    const sums = [68, 68, 67, 67, 67, 67, 67, 67, 66]; // = 604
    const result = computeIkm(respondentsWithTotal(19, sums));
    expect(result.exact).toBeCloseTo(88.30409356725146, 10);
    expect(result.ikm).toBe(88.3);
    expect(result.mutu).toBe("B");
  });

  it("rounds 76.6025… down onto the C boundary", () => {
    // 26 respondents, 717 points: IKM = 717 × 25 / 234 = 76.60256… → 76.60 → C.
    const sums = [80, 80, 80, 80, 80, 80, 79, 79, 79]; // = 717
    const result = computeIkm(respondentsWithTotal(26, sums));
    expect(result.ikm).toBe(76.6);
    expect(result.mutu).toBe("C");
  });

  it("classifies mutu by the thresholds of the rule", () => {
    expect(mutuOf(64.99)).toBe("D");
    expect(mutuOf(65)).toBe("C");
    expect(mutuOf(76.6)).toBe("C");
    expect(mutuOf(76.61)).toBe("B");
    expect(mutuOf(88.3)).toBe("B");
    expect(mutuOf(88.31)).toBe("A");
    expect(computeIkm([all(1)]).ikm).toBe(25);
    expect(computeIkm([all(4)])).toMatchObject({ ikm: 100, mutu: "A" });
  });

  it("gives no IKM when an unsur has no answer at all, and ignores out-of-scale values", () => {
    expect(computeIkm([]).ikm).toBeNull();
    expect(computeIkm([{ ...all(3), U4: null }]).ikm).toBeNull();
    expect(computeIkm([{ ...all(3), U4: 7 }]).mutu).toBeNull();
  });

  it("names the unsur scoring below B as weak", () => {
    // U3 NRR 2.5 → 62.50 (D) and U9 NRR 3 → 75.00 (C) are weak; U5 NRR 3.5 → 87.50 (B) is not.
    const result = computeIkm([{ ...all(4), U3: 2, U5: 3, U9: 3 }, { ...all(4), U3: 3, U9: 3 }]);
    expect(weakUnsur(result)).toEqual(["U3", "U9"]);
  });
});

describe("Krejcie–Morgan sample size", () => {
  it.each([
    [10, 10],
    [50, 44],
    [100, 80],
    [1000, 278],
    [10000, 370],
    [1000000, 384],
  ])("population %i needs %i respondents", (population, needed) => {
    expect(krejcieMorganSample(population)).toBe(needed);
  });

  it("says plainly when the sample is not adequate", () => {
    expect(krejcieMorganSample(0)).toBe(0);
    const short = sampleAdequacy(100, 40);
    expect(short).toMatchObject({ needed: 80, adequate: false });
    expect(short.message).toContain("Sampel belum memadai");
    expect(sampleAdequacy(100, 80).adequate).toBe(true);
    // No service users: not a pass, and said plainly.
    expect(sampleAdequacy(0, 0)).toMatchObject({ needed: 0, adequate: false, message: expect.stringContaining("belum dapat dinilai") });
    expect(sampleAdequacy(0, 3).message).toContain("3 responden");
  });
});
