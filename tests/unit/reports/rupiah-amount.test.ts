import { groupThousands, parseRupiahAmount } from "@/lib/format/rupiah-amount";

describe("budget amounts as written in Indonesia", () => {
  it.each([
    ["125.000.000", 125_000_000],
    ["125000000", 125_000_000],
    ["Rp 125.000.000", 125_000_000],
    ["Rp125.000.000", 125_000_000],
    ["rp. 125.000.000", 125_000_000],
    ["Rp 125.000.000,-", 125_000_000],
    ["Rp 125.000.000,00", 125_000_000],
    ["  98.450.000  ", 98_450_000],
    ["1.250.000.000.000", 1_250_000_000_000],
    ["0", 0],
  ])("reads %j as %d", (text, amount) => {
    expect(parseRupiahAmount(text)).toBe(amount);
  });

  it.each(["", "Rp", "125,5", "125.000,50", "12.50.000", "1.2345", "-125.000", "125 ribu", "1e9", "125.000.000,--"])("refuses %j", (text) => {
    expect(parseRupiahAmount(text)).toBeNull();
  });

  it("accepts whole non-negative numbers and refuses fractions", () => {
    expect(parseRupiahAmount(125_000_000)).toBe(125_000_000);
    expect(parseRupiahAmount(12.5)).toBeNull();
    expect(parseRupiahAmount(-1)).toBeNull();
  });

  it("groups thousands with dots for the input field, and reads its own output back", () => {
    expect(groupThousands(125_000_000)).toBe("125.000.000");
    expect(groupThousands(999)).toBe("999");
    expect(groupThousands(1000)).toBe("1.000");
    for (const n of [0, 7, 1000, 98_450_000, 1_250_000_000_000]) expect(parseRupiahAmount(groupThousands(n))).toBe(n);
  });
});
