/**
 * Officer rubric score (penilaian kinerja petugas). Pure.
 *
 * Scale: every criterion is scored on the fixed levels 1–4 (1 Kurang, 2 Cukup, 3 Baik, 4 Sangat Baik),
 * the same 1–4 scale as the SKM questionnaire, each level with its own description (criterion data).
 *
 * Total: Σ(weight × score) / Σ(weight × 4) × 100, i.e. the weighted share of the maximum on the 0–100
 * scale (like IKM = NRR × 25, the lowest reachable total is 25 when every score is 1). Weights are
 * relative whole numbers (they need not add up to 100), so the sums are exact integers and the one
 * rounding step is the last: two decimals, half away from zero (roundScore, shared with the other
 * scores). The category is read from the ROUNDED total, so 89.995 → 90.00 → Sangat Baik.
 *
 * Worked example (default criteria, weights 20/20/20/15/15/10, scores 4/3/3/4/3/3):
 * 80 + 60 + 60 + 60 + 45 + 30 = 335; 335 / 400 × 100 = 83.75 → Baik.
 */
import { formatScore, roundScore } from "@/lib/monev/category";

export const RUBRIC_LEVELS = [1, 2, 3, 4] as const;
export const RUBRIC_MAX_LEVEL = 4;

/** What each level means when a criterion gives no wording of its own. */
export const LEVEL_NAMES: Record<number, string> = { 1: "Kurang", 2: "Cukup", 3: "Baik", 4: "Sangat Baik" };

export type RubricCategory = "SANGAT_BAIK" | "BAIK" | "CUKUP" | "KURANG";

/** Category bands on the rounded total, highest first; a total belongs to the first band whose lower bound it reaches. */
export const RUBRIC_CATEGORY_BANDS: readonly { category: RubricCategory; label: string; min: number }[] = [
  { category: "SANGAT_BAIK", label: "Sangat Baik", min: 90 }, // 90.00–100
  { category: "BAIK", label: "Baik", min: 75 }, // 75.00–89.99
  { category: "CUKUP", label: "Cukup", min: 60 }, // 60.00–74.99
  { category: "KURANG", label: "Kurang", min: 0 }, // below 60.00
];

export const RUBRIC_CATEGORY_LABELS = Object.fromEntries(RUBRIC_CATEGORY_BANDS.map((b) => [b.category, b.label])) as Record<RubricCategory, string>;

export function rubricCategory(total: number): RubricCategory {
  if (!Number.isFinite(total)) throw new RangeError("Nilai harus berupa angka.");
  const rounded = roundScore(total);
  return RUBRIC_CATEGORY_BANDS.find((band) => rounded >= band.min)?.category ?? "KURANG";
}

export function levelProblem(score: number): string | null {
  if (!Number.isInteger(score) || score < 1 || score > RUBRIC_MAX_LEVEL) return `Nilai harus salah satu dari 1 sampai ${RUBRIC_MAX_LEVEL}.`;
  return null;
}

export type RubricItem = { weight: number; score: number | null };

export type RubricResult = {
  /** Null until every criterion has a score. */
  total: number | null;
  category: RubricCategory | null;
  /** Over the criteria scored so far (a draft shows it as provisional); null when nothing is scored. */
  partial: number | null;
  unscored: number;
};

export function scoreRubric(items: readonly RubricItem[]): RubricResult {
  let weighted = 0;
  let maximum = 0;
  let unscored = 0;
  for (const item of items) {
    if (!Number.isInteger(item.weight) || item.weight <= 0) throw new RangeError("Bobot kriteria harus bilangan bulat lebih dari 0.");
    if (item.score === null) {
      unscored++;
      continue;
    }
    const problem = levelProblem(item.score);
    if (problem) throw new RangeError(problem);
    weighted += item.weight * item.score;
    maximum += item.weight * RUBRIC_MAX_LEVEL;
  }
  const partial = maximum === 0 ? null : roundScore((weighted / maximum) * 100);
  const complete = unscored === 0 && partial !== null;
  return { total: complete ? partial : null, category: complete ? rubricCategory(partial) : null, partial, unscored };
}

/** Refusal to finalise, or null: every criterion needs a score. */
export function finalizeProblem(result: RubricResult, criteria: number): string | null {
  if (criteria === 0) return "Belum ada kriteria penilaian yang aktif.";
  if (result.unscored > 0) return `Masih ada ${result.unscored} kriteria yang belum dinilai.`;
  return null;
}

/** "83,75 (Baik)" as printed in reports and lists. */
export function rubricText(total: number, category: RubricCategory | string): string {
  const label = RUBRIC_CATEGORY_LABELS[category as RubricCategory] ?? category;
  return `${formatScore(total)} (${label})`;
}

/** "Sangat Baik ≥ 90, Baik ≥ 75, Cukup ≥ 60, Kurang < 60" for the pages that explain the bands. */
export const RUBRIC_BANDS_TEXT = RUBRIC_CATEGORY_BANDS.map((b, i, all) => (b.min > 0 ? `${b.label} ≥ ${b.min}` : `${b.label} < ${all[i - 1]?.min ?? 0}`)).join(", ");
