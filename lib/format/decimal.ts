/**
 * A number with exactly `digits` decimals in Indonesian notation ("3,10", "0,3444", "1.234,50");
 * null prints as "–". Fixed digits, so a figure always reads with the same precision. Pure.
 */
export function formatDecimal(value: number | null, digits: number): string {
  if (value === null) return "–";
  return value.toLocaleString("id-ID", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
