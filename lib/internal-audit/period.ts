/**
 * Audit periods are half-years: "2025-S1" (1 Jan–30 Jun) and "2025-S2" (1 Jul–31 Dec). Pure.
 * Dates are calendar dates at UTC midnight, as PostgreSQL `date` columns come back.
 */
export type AuditPeriod = { code: string; start: Date; end: Date };

const PATTERN = /^(\d{4})-S([12])$/;

export function parseAuditPeriod(code: string): AuditPeriod | null {
  const match = PATTERN.exec(code.trim().toUpperCase());
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 2000 || year > 2100) return null;
  const first = match[2] === "1";
  return {
    code: `${year}-S${match[2]}`,
    start: new Date(Date.UTC(year, first ? 0 : 6, 1)),
    end: new Date(Date.UTC(year, first ? 5 : 11, first ? 30 : 31)),
  };
}

export function periodLabel(code: string): string {
  const p = parseAuditPeriod(code);
  if (!p) return code;
  return `Semester ${p.code.endsWith("S1") ? "I" : "II"} ${p.code.slice(0, 4)}`;
}
