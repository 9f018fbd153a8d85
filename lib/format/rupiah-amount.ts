import { parseRupiahInput } from "@/lib/requests/cost-input";

/**
 * A budget amount as written in Indonesian documents: "125.000.000", "Rp 125.000.000",
 * "Rp125.000.000,00", "Rp 125.000.000,-" or plain "125000000". The trailing ",-" or ",00" (no sen)
 * is dropped; everything else follows the cost parser (thousand dots only in their places, no
 * letters, no sign). Returns null when the text is not a whole rupiah amount. Pure.
 */
export function parseRupiahAmount(value: string | number): number | null {
  if (typeof value === "number") return parseRupiahInput(value);
  return parseRupiahInput(value.trim().replace(/,(-|0{1,2})$/, ""));
}

/** 125000000 → "125.000.000": how the amount is shown back in its input field. */
export function groupThousands(amount: number): string {
  return String(Math.trunc(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}
