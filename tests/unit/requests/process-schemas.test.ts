import { z } from "zod";
import { COST_INVALID_MESSAGE, COST_REQUIRED_MESSAGE, parseRupiahInput } from "@/lib/requests/cost-input";
import { decideSchema, deliverSchema, extendSchema } from "@/lib/requests/process-schemas";

const errorsOf = (result: { success: boolean; error?: z.ZodError }): Record<string, string[] | undefined> =>
  result.success ? {} : z.flattenError(result.error!).fieldErrors;

describe("decideSchema", () => {
  const base = { requestId: "r1", noticeDate: "2026-03-20", decisionNote: "" };

  it("requires the Pasal 17 letter and the consequence test for a refusal", () => {
    const errors = errorsOf(decideSchema.safeParse({ ...base, outcome: "DITOLAK_DIKECUALIKAN", exemptionArticle: "", consequenceTestRef: "" }));
    expect(errors).toMatchObject({ exemptionArticle: [expect.stringMatching(/Pasal 17/)], consequenceTestRef: [expect.any(String)] });
  });

  it("rejects a letter outside a–j", () => {
    const errors = errorsOf(decideSchema.safeParse({ ...base, outcome: "DITOLAK_DIKECUALIKAN", exemptionArticle: "k", consequenceTestRef: "SK 1" }));
    expect(errors.exemptionArticle).toBeDefined();
  });

  it("requires what was blacked out for a partial grant, and the form for any grant", () => {
    const errors = errorsOf(decideSchema.safeParse({ ...base, outcome: "DIKABULKAN_SEBAGIAN", redactionNote: "" }));
    expect(Object.keys(errors).sort()).toEqual(["informationForm", "redactionNote"]);
  });

  it("accepts 'not held' without a holder and drops fields of other outcomes", () => {
    const parsed = decideSchema.parse({ ...base, outcome: "TIDAK_DIKUASAI", holderName: "", exemptionArticle: "b", informationForm: "SOFTCOPY" });
    expect(parsed).toMatchObject({ holderName: null, exemptionArticle: null, informationForm: null, decisionNote: null });
  });

  it("rejects an impossible notice date", () => {
    expect(errorsOf(decideSchema.safeParse({ ...base, outcome: "BELUM_DIDOKUMENTASIKAN", noticeDate: "2026-02-30" })).noticeDate).toBeDefined();
  });
});

describe("deliverSchema cost in rupiah", () => {
  const base = { requestId: "r1", deliveredDate: "2026-03-25", deliveryMethod: "EMAIL", deliveredInformation: "Salinan laporan" };
  it.each([["0", 0], ["15000", 15000], ["15.000", 15000], ["1.250.000", 1250000], ["Rp 15.000", 15000], ["Rp15.000", 15000], ["rp. 5 000", 5000], [" 2500 ", 2500]])("reads %p as %d", (text, amount) => {
    expect(deliverSchema.parse({ ...base, costAmount: text }).costAmount).toBe(amount);
  });
  it.each(["abc", "-5000", "-5", "15,5", "1.5", "15.00", "Rp", "Rp -10", "1e3", "99999999999999999999"])("refuses %p with the Bahasa message, never zod's English", (text) => {
    expect(errorsOf(deliverSchema.safeParse({ ...base, costAmount: text })).costAmount).toEqual([COST_INVALID_MESSAGE]);
  });
  it.each([[""], ["   "], [undefined], [null]])("asks for the cost when it is %p", (value) => {
    expect(errorsOf(deliverSchema.safeParse({ ...base, costAmount: value })).costAmount).toEqual([COST_REQUIRED_MESSAGE]);
  });
});

describe("parseRupiahInput", () => {
  it("accepts whole non-negative numbers and rejects the rest", () => {
    expect(parseRupiahInput(15000)).toBe(15000);
    expect(parseRupiahInput(0)).toBe(0);
    expect(parseRupiahInput(-5000)).toBeNull();
    expect(parseRupiahInput(12.5)).toBeNull();
    expect(parseRupiahInput("Rp 1.250.000")).toBe(1250000);
    expect(parseRupiahInput("12.34.567")).toBeNull();
    expect(parseRupiahInput({})).toBeNull();
  });
});

describe("extendSchema", () => {
  it("needs a written reason of at least 20 characters", () => {
    expect(errorsOf(extendSchema.safeParse({ requestId: "r1", reason: "terlalu singkat" })).reason?.[0]).toMatch(/minimal 20/);
    expect(extendSchema.safeParse({ requestId: "r1", reason: "Data tersebar di tiga bidang dan perlu dihimpun." }).success).toBe(true);
  });
});
