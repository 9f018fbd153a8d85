// Result of recomputing open requests after a clock change (pure, so pages and commands can word it).
export type RecomputeSummary = {
  /** Open requests whose deadlines were recomputed. */
  checked: number;
  /** Of those, how many got a different due date (each has a TENGGAT_DIHITUNG_ULANG event). */
  changed: number;
};

/** "3 permohonan terbuka dihitung ulang; tenggat 1 permohonan berubah." */
export function describeRecompute(summary: RecomputeSummary): string {
  if (summary.checked === 0) return "Tidak ada permohonan terbuka yang perlu dihitung ulang.";
  return `${summary.checked} permohonan terbuka dihitung ulang; tenggat ${summary.changed} permohonan berubah.`;
}
