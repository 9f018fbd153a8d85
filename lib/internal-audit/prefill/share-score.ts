/**
 * Pure mapping of a measured share (0..1) onto the 0–4 audit scale. The thresholds are part of the
 * instrument's level descriptions: 4 ≥ 95 %, 3 ≥ 85 %, 2 ≥ 70 %, 1 ≥ 50 %, else 0.
 */
import { formatScore } from "@/lib/monev/category";
import type { PrefillResult } from "./types";

const THRESHOLDS: readonly [number, number][] = [
  [0.95, 4],
  [0.85, 3],
  [0.7, 2],
  [0.5, 1],
];

export function shareToScore(share: number): number {
  for (const [bound, score] of THRESHOLDS) if (share >= bound - 1e-12) return score;
  return 0;
}

/** Lower-is-better shares (e.g. overdue items): 0 % overdue is the best. */
export function inverseShareToScore(share: number): number {
  return shareToScore(1 - share);
}

export function shareResult(numerator: number, denominator: number, describe: string, inverse = false): PrefillResult {
  if (denominator === 0) return { available: false, figure: `Tidak ada data pada periode ini (${describe}).` };
  const share = numerator / denominator;
  const percent = formatScore(share * 100);
  return {
    available: true,
    share,
    numerator,
    denominator,
    figure: `${numerator} dari ${denominator} ${describe} (${percent}%)`,
    score: inverse ? inverseShareToScore(share) : shareToScore(share),
  };
}
