/**
 * Pembinaan records (pure): each officer's training hours per year, and which required competencies
 * (per role) an officer has not yet covered by any training.
 */
export type Attendance = { userId: string; year: number; hours: number; competency: string | null };
export type Officer = { id: string; name: string; role: string };

export function hoursByOfficerYear(attendances: readonly Attendance[]): Map<string, Map<number, number>> {
  const out = new Map<string, Map<number, number>>();
  for (const a of attendances) {
    const years = out.get(a.userId) ?? new Map<number, number>();
    years.set(a.year, (years.get(a.year) ?? 0) + a.hours);
    out.set(a.userId, years);
  }
  return out;
}

export type CompetencyGap = { officer: Officer; missing: string[] };

export function competencyGaps(officers: readonly Officer[], required: readonly { role: string; competency: string }[], attendances: readonly Attendance[]): CompetencyGap[] {
  const covered = new Map<string, Set<string>>();
  for (const a of attendances) if (a.competency) covered.set(a.userId, (covered.get(a.userId) ?? new Set()).add(a.competency));
  return officers
    .map((officer) => ({
      officer,
      missing: required.filter((r) => r.role === officer.role && !covered.get(officer.id)?.has(r.competency)).map((r) => r.competency),
    }))
    .filter((gap) => gap.missing.length > 0);
}
