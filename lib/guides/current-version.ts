/**
 * Which version of a guide is in force: the highest version number whose effective date has come
 * (dates compared as calendar dates). A version published for a future date waits its turn. Pure.
 */
export type VersionLike = { version: number; effectiveDate: Date };

export function currentVersion<V extends VersionLike>(versions: readonly V[], today: Date): V | null {
  const day = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  let best: V | null = null;
  for (const v of versions) {
    if (v.effectiveDate.getTime() > day) continue;
    if (!best || v.version > best.version) best = v;
  }
  return best;
}
