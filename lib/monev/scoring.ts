/**
 * Monev self-assessment score (Perki 1/2022, domain README §7). Pure.
 * Question: answer / maxScore × 100. Indicator: mean of its questions. Self-assessment: indicators
 * averaged by their yearly weights. Final = self 80% + visit 20%, only once the visit score exists.
 */
import { kiCategory, roundScore, type KiCategory } from "./category";

export const SELF_SHARE = 0.8;
export const VISIT_SHARE = 0.2;
/** An indicator below this (not yet "Menuju Informatif") is named as weak. */
export const WEAK_INDICATOR_BELOW = 80;

export type MonevIndicatorInput = {
  code: string;
  name: string;
  weight: number;
  questions: { maxScore: number; score: number | null }[];
};

export type IndicatorScore = { code: string; name: string; weight: number; score: number | null; answered: number; total: number };

export type MonevResult = {
  indicators: IndicatorScore[];
  selfScore: number | null;
  unanswered: number;
  weak: IndicatorScore[];
};

export function indicatorScore(indicator: MonevIndicatorInput): IndicatorScore {
  const answered = indicator.questions.filter((q) => q.score !== null);
  const sum = answered.reduce((acc, q) => acc + ((q.score as number) / q.maxScore) * 100, 0);
  return {
    code: indicator.code,
    name: indicator.name,
    weight: indicator.weight,
    score: answered.length === 0 ? null : roundScore(sum / answered.length),
    answered: answered.length,
    total: indicator.questions.length,
  };
}

/** Self score only when every question is answered (a draft has none). */
export function scoreMonev(indicators: readonly MonevIndicatorInput[]): MonevResult {
  const scored = indicators.map(indicatorScore);
  const unanswered = scored.reduce((acc, s) => acc + (s.total - s.answered), 0);
  const weights = scored.reduce((acc, s) => acc + s.weight, 0);
  const selfScore =
    unanswered === 0 && weights > 0 ? roundScore(scored.reduce((acc, s) => acc + s.weight * (s.score ?? 0), 0) / weights) : null;
  const weak = scored
    .filter((s) => s.score !== null && s.score < WEAK_INDICATOR_BELOW)
    .sort((a, b) => (a.score as number) - (b.score as number));
  return { indicators: scored, selfScore, unanswered, weak };
}

export type FinalScore = { score: number; category: KiCategory; provisional: boolean };

/** Visit score optional: until the Komisi Informasi enters it the self score stands as a provisional figure. */
export function finalMonevScore(selfScore: number, visitScore: number | null): FinalScore {
  if (visitScore === null) return { score: roundScore(selfScore), category: kiCategory(selfScore), provisional: true };
  const score = roundScore(selfScore * SELF_SHARE + visitScore * VISIT_SHARE);
  return { score, category: kiCategory(score), provisional: false };
}

/** The default six indicators and their recent weights (domain README §7); copied into each new year. */
export const DEFAULT_MONEV_INDICATORS: readonly { code: string; name: string; weight: number }[] = [
  { code: "JENIS_INFORMASI", name: "Jenis informasi", weight: 40 },
  { code: "DIGITALISASI", name: "Digitalisasi", weight: 20 },
  { code: "KUALITAS_INFORMASI", name: "Kualitas informasi", weight: 10 },
  { code: "PELAYANAN_INFORMASI", name: "Pelayanan informasi", weight: 10 },
  { code: "KOMITMEN_ORGANISASI", name: "Komitmen organisasi", weight: 10 },
  { code: "SARANA_PRASARANA", name: "Sarana dan prasarana", weight: 10 },
];
