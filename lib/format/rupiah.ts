/** "Rp15.000" (Indonesian thousands separator), without Intl so server and browser print the same. */
export function formatRupiah(amount: number | null | undefined): string {
  if (amount === null || amount === undefined) return "—";
  const sign = amount < 0 ? "-" : "";
  const digits = String(Math.abs(Math.trunc(amount))).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${sign}Rp${digits}`;
}
