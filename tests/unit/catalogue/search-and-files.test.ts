import { toPrefixQuery } from "@/lib/catalogue/search";
import { slugify } from "@/lib/catalogue/slug";
import { detectFileKindOfContent } from "@/lib/files/file-type";
import { dipItemSchema } from "@/lib/catalogue/schema";

jest.mock("@/lib/db", () => ({ db: {} }));

describe("toPrefixQuery", () => {
  it("keeps only words, as prefixes joined by AND", () => {
    expect(toPrefixQuery("Harga gula pasir")).toBe("harga:* & gula:* & pasir:*");
    expect(toPrefixQuery("café")).toBe("café:*");
    expect(toPrefixQuery("kopi' | !bajawa & (x)")).toBe("kopi:* & bajawa:* & x:*");
    expect(toPrefixQuery("  ...  ")).toBeNull();
  });
});

describe("slugify", () => {
  it("drops accents and punctuation", () => {
    expect(slugify("Katalog Produk Café & Kopi (2026)")).toBe("katalog-produk-cafe-kopi-2026");
    expect(slugify("!!!")).toBe("informasi");
  });
});

// Office documents (real ZIP structure) are covered in tests/unit/files/office-and-names.test.ts.
describe("CSV detection for open data files", () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it("recognises CSV text and refuses binary, separator-less text and broken ZIPs", () => {
    expect(detectFileKindOfContent(bytes("\uFEFFkomoditas;harga\r\nGula pasir;18000\r\n"))).toBe("csv");
    expect(detectFileKindOfContent(bytes("hanya teks biasa tanpa pemisah"))).toBeNull();
    expect(detectFileKindOfContent(new Uint8Array([0x4d, 0x5a, 0x00, 0x2c, 0x01]))).toBeNull();
    expect(detectFileKindOfContent(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes("....a,b....")]))).toBeNull();
  });
});

describe("dipItemSchema", () => {
  const base = {
    category: "BERKALA", title: "LKjIP 2025", summary: "Capaian kinerja", tags: "kinerja, LKjIP", unit: "Sekretariat",
    responsibleOfficial: "Sekretaris", madeWhen: "", madeWhere: "", formats: "PDF", retentionPeriod: "5 tahun", linkUrl: "",
    mandatoryKindId: "", updateCycleMonths: "6", lastUpdatedAt: "2026-06-03", publish: "on",
    exemptLetter: "", exemptLegalBasis: "", exemptConsequence: "", exemptUntil: "", exemptDecisionNumber: "", exemptDecisionDate: "",
  };
  it("parses lists and the publish box", () => {
    const parsed = dipItemSchema.parse(base);
    expect(parsed.tags).toEqual(["kinerja", "LKjIP"]);
    expect(parsed.publish).toBe(true);
  });
  it("refuses a berkala cycle over 6 months at its field", () => {
    const result = dipItemSchema.safeParse({ ...base, updateCycleMonths: "12" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(["updateCycleMonths"]);
  });
  it("demands the consequence-test record for exempt items, with an expiry for letters a-f", () => {
    const result = dipItemSchema.safeParse({ ...base, category: "DIKECUALIKAN", exemptLetter: "b" });
    const paths = result.error?.issues.map((i) => i.path[0]);
    expect(paths).toEqual(expect.arrayContaining(["exemptLegalBasis", "exemptConsequence", "exemptDecisionNumber", "exemptDecisionDate", "exemptUntil"]));
    const personal = dipItemSchema.safeParse({ ...base, category: "DIKECUALIKAN", exemptLetter: "h", exemptLegalBasis: "Pasal 17 h", exemptConsequence: "x", exemptDecisionNumber: "1", exemptDecisionDate: "2026-05-20" });
    expect(personal.success).toBe(true);
  });
});
