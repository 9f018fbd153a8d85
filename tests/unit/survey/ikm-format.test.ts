import { formatDecimal } from "@/lib/format/decimal";
import { computeIkm, type SurveyAnswers } from "@/lib/survey/ikm";
import { formatIkm, formatNrr, formatWeightedNrr, mutuText, nrrChartData } from "@/lib/survey/ikm-format";
import { UNSUR_CODES } from "@/lib/survey/unsur";
import { formatFigure, formatPercent } from "@/lib/reports/figures-format";

const all = (score: number): SurveyAnswers => Object.fromEntries(UNSUR_CODES.map((c) => [c, score]));

describe("SKM figures are printed one way everywhere", () => {
  it("IKM always with two decimals, also when whole ('50,00', not '50')", () => {
    expect(formatIkm(50)).toBe("50,00");
    expect(formatIkm(75.93)).toBe("75,93");
    expect(formatIkm(84.7)).toBe("84,70");
    expect(formatIkm(null)).toBe("–");
  });

  it("NRR with two decimals ('3,10', not '3,1'); the weighted NRR with four", () => {
    expect(formatNrr(3.1)).toBe("3,10");
    expect(formatNrr(10 / 3)).toBe("3,33");
    expect(formatNrr(null)).toBe("–");
    expect(formatWeightedNrr(3.1 / 9)).toBe("0,3444");
    expect(formatWeightedNrr(3 / 9)).toBe("0,3333");
  });

  it("a worked period: U1 10/3, the rest 3 → IKM 75,93 (C, Kurang Baik)", () => {
    const responses = [{ ...all(3), U1: 4 }, all(3), all(3)];
    const result = computeIkm(responses);
    expect(formatIkm(result.ikm)).toBe("75,93");
    expect(mutuText(result.mutu)).toBe("C (Kurang Baik)");
    expect(mutuText(null)).toBe("–");
    expect(nrrChartData(result.unsur)[0]).toEqual({ code: "U1", nrr: 3.33 });
    expect(nrrChartData(computeIkm([]).unsur)).toEqual([]);
  });

  it("fixed decimals with thousands grouping; report figures keep up to one decimal", () => {
    expect(formatDecimal(1234.5, 2)).toBe("1.234,50");
    expect(formatFigure(5.5)).toBe("5,5");
    expect(formatFigure(5)).toBe("5");
    expect(formatPercent(66.7)).toBe("66,7%");
    expect(formatPercent(40)).toBe("40%");
    expect(formatPercent(null)).toBe("–");
  });
});
