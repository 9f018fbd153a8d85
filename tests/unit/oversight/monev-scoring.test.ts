import { DEFAULT_MONEV_INDICATORS, finalMonevScore, scoreMonev } from "@/lib/monev/scoring";

const q = (score: number | null, maxScore = 4) => ({ score, maxScore });

describe("Monev self-assessment", () => {
  it("the default indicators carry the §7 weights (40/20/10/10/10/10)", () => {
    expect(DEFAULT_MONEV_INDICATORS.map((i) => i.weight)).toEqual([40, 20, 10, 10, 10, 10]);
  });

  it("weights indicator averages and names the weak ones, weakest first", () => {
    const result = scoreMonev([
      { code: "JI", name: "Jenis informasi", weight: 40, questions: [q(4), q(4)] }, // 100
      { code: "DG", name: "Digitalisasi", weight: 20, questions: [q(2), q(3)] }, // 62.5
      { code: "KI", name: "Kualitas informasi", weight: 10, questions: [q(3)] }, // 75
      { code: "PI", name: "Pelayanan informasi", weight: 10, questions: [q(4)] }, // 100
      { code: "KO", name: "Komitmen organisasi", weight: 10, questions: [q(4)] }, // 100
      { code: "SP", name: "Sarana dan prasarana", weight: 10, questions: [q(2)] }, // 50
    ]);
    // (40×100 + 20×62.5 + 10×75 + 10×100 + 10×100 + 10×50) / 100 = 85
    expect(result.selfScore).toBe(85);
    expect(result.weak.map((w) => w.code)).toEqual(["SP", "DG", "KI"]);
  });

  it("has no self score while a question is unanswered", () => {
    const result = scoreMonev([{ code: "JI", name: "x", weight: 40, questions: [q(4), q(null)] }]);
    expect(result.selfScore).toBeNull();
    expect(result.unanswered).toBe(1);
  });

  it("final = self 80% + visit 20%; without a visit score the self score is provisional", () => {
    expect(finalMonevScore(85, null)).toEqual({ score: 85, category: "MENUJU_INFORMATIF", provisional: true });
    // 85×0.8 + 100×0.2 = 68 + 20 = 88
    expect(finalMonevScore(85, 100)).toEqual({ score: 88, category: "MENUJU_INFORMATIF", provisional: false });
    // 92.5×0.8 + 80×0.2 = 74 + 16 = 90 → Informatif exactly at the boundary
    expect(finalMonevScore(92.5, 80)).toEqual({ score: 90, category: "INFORMATIF", provisional: false });
  });
});
