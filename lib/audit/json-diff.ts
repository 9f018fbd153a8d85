/**
 * Readable difference between an audit entry's `before` and `after` JSON (pure).
 * Objects are walked into dotted paths ("recompute.changed"); arrays and scalars are compared
 * whole and shown as compact JSON, which keeps lists of holidays readable in one cell.
 */
export type DiffChange = "added" | "removed" | "changed" | "unchanged";
export type DiffRow = { path: string; before: string | null; after: string | null; change: DiffChange };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (value: unknown): value is Record<string, Json> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function show(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

function flatten(value: unknown, prefix: string, out: Map<string, unknown>): void {
  if (isObject(value) && Object.keys(value).length > 0) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else if (prefix) {
    out.set(prefix, value);
  } else if (value !== null && value !== undefined) {
    out.set("(nilai)", value); // a bare scalar or array at the top
  }
}

export function diffJson(before: unknown, after: unknown, { includeUnchanged = false } = {}): DiffRow[] {
  const left = new Map<string, unknown>();
  const right = new Map<string, unknown>();
  flatten(before, "", left);
  flatten(after, "", right);
  const paths = [...new Set([...left.keys(), ...right.keys()])];
  const rows: DiffRow[] = [];
  for (const path of paths) {
    const hasLeft = left.has(path) && left.get(path) !== null;
    const hasRight = right.has(path) && right.get(path) !== null;
    const a = hasLeft ? show(left.get(path)) : null;
    const b = hasRight ? show(right.get(path)) : null;
    const change: DiffChange = !hasLeft && !hasRight ? "unchanged" : !hasLeft ? "added" : !hasRight ? "removed" : a === b ? "unchanged" : "changed";
    if (change !== "unchanged" || includeUnchanged) rows.push({ path, before: a, after: b, change });
  }
  return rows;
}
