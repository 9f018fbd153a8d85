/**
 * Weighted scoring of an internal audit. Pure. Each item is scored 0..maxScore; its percentage is
 * score / maxScore × 100. A section's score and the total are the weight-averaged percentages of
 * their items (weights need not add up to 100). Results are rounded with `roundScore` (2 decimals).
 */
import { roundScore } from "@/lib/monev/category";

export type ScoredItem = { sectionId: string; weight: number; maxScore: number; score: number | null };

export type AuditResult = {
  /** Null until every item has a score (a draft shows the partial figure separately). */
  total: number | null;
  /** Weight-averaged over the items scored so far; null when nothing is scored. */
  partial: number | null;
  sections: Record<string, number | null>;
  unscored: number;
};

export function validateItemScore(score: number, maxScore: number): string | null {
  if (!Number.isInteger(score)) return "Nilai harus bilangan bulat.";
  if (score < 0 || score > maxScore) return `Nilai harus antara 0 dan ${maxScore}.`;
  return null;
}

function weightedPercent(items: readonly ScoredItem[]): number | null {
  let weights = 0;
  let sum = 0;
  for (const item of items) {
    if (item.score === null) continue;
    const invalid = validateItemScore(item.score, item.maxScore);
    if (invalid) throw new RangeError(invalid);
    if (!(item.weight > 0)) throw new RangeError("Bobot butir harus lebih dari 0.");
    weights += item.weight;
    sum += item.weight * ((item.score / item.maxScore) * 100);
  }
  return weights === 0 ? null : roundScore(sum / weights);
}

export function scoreAudit(items: readonly ScoredItem[]): AuditResult {
  const bySection = new Map<string, ScoredItem[]>();
  for (const item of items) bySection.set(item.sectionId, [...(bySection.get(item.sectionId) ?? []), item]);
  const sections: Record<string, number | null> = {};
  for (const [sectionId, sectionItems] of bySection) sections[sectionId] = weightedPercent(sectionItems);
  const unscored = items.filter((item) => item.score === null).length;
  const partial = weightedPercent(items);
  return { total: unscored === 0 ? partial : null, partial, sections, unscored };
}
