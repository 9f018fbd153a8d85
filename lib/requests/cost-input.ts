/**
 * The delivery cost as staff type it: "0", "15000", "15.000", "Rp 15.000", "Rp15.000".
 * "Rp", spaces and thousand dots are ignored; anything else (letters, a minus sign, decimals, a
 * comma, dots in the wrong places) is not a whole rupiah amount. Returns null for those.
 */
export function parseRupiahInput(value: unknown): number | null {
  if (typeof value === "number") return Number.isSafeInteger(value) && value >= 0 ? value : null;
  if (typeof value !== "string") return null;
  const compact = value.replace(/\s+/g, "").replace(/^rp\.?/i, "");
  if (!/^(\d+|\d{1,3}(\.\d{3})+)$/.test(compact)) return null;
  const amount = Number(compact.replace(/\./g, ""));
  return Number.isSafeInteger(amount) ? amount : null;
}

export const COST_REQUIRED_MESSAGE = "Biaya wajib diisi (isi 0 bila gratis).";
export const COST_INVALID_MESSAGE = "Biaya harus berupa bilangan bulat rupiah, misalnya 0 atau 15000.";
