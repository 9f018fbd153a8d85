/**
 * Komisi Informasi qualification (domain README §7) and the one rounding rule every score uses.
 * Rounding: a score is rounded to two decimals, half away from zero, BEFORE it is categorised, so
 * 89.994 → 89.99 (Menuju Informatif) and 89.995 → 90.00 (Informatif). Pure.
 */
import { formatDecimal } from "@/lib/format/decimal";

export type KiCategory = "INFORMATIF" | "MENUJU_INFORMATIF" | "CUKUP_INFORMATIF" | "KURANG_INFORMATIF" | "TIDAK_INFORMATIF";

export const KI_CATEGORY_LABELS: Record<KiCategory, string> = {
  INFORMATIF: "Informatif",
  MENUJU_INFORMATIF: "Menuju Informatif",
  CUKUP_INFORMATIF: "Cukup Informatif",
  KURANG_INFORMATIF: "Kurang Informatif",
  TIDAK_INFORMATIF: "Tidak Informatif",
};

/** Lower bounds (inclusive), highest first: Informatif 90–100, Menuju 80–89.99, Cukup 60–79.99, Kurang 40–59.99. */
const LOWER_BOUNDS: readonly [KiCategory, number][] = [
  ["INFORMATIF", 90],
  ["MENUJU_INFORMATIF", 80],
  ["CUKUP_INFORMATIF", 60],
  ["KURANG_INFORMATIF", 40],
];

/** Two decimals, half away from zero; the small epsilon undoes binary noise (89.995 is 89.99499… as a float). */
export function roundScore(value: number): number {
  const sign = value < 0 ? -1 : 1;
  return (sign * Math.round(Math.abs(value) * 100 + 1e-9)) / 100;
}

export function kiCategory(score: number): KiCategory {
  if (!Number.isFinite(score)) throw new RangeError("Nilai harus berupa angka.");
  const rounded = roundScore(score);
  for (const [category, bound] of LOWER_BOUNDS) if (rounded >= bound) return category;
  return "TIDAK_INFORMATIF";
}

export function formatScore(score: number | null | undefined): string {
  if (score === null || score === undefined) return "—";
  return formatDecimal(roundScore(score), 2);
}
