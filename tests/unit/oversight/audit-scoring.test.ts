import { scoreAudit, validateItemScore } from "@/lib/internal-audit/scoring";
import { assertAuditEditable, assertRevisable, LOCKED_MESSAGE, submissionProblem } from "@/lib/internal-audit/locking";
import { parseAuditPeriod } from "@/lib/internal-audit/period";
import { RuleError } from "@/lib/rule-error";

describe("weighted audit scoring", () => {
  const items = [
    { sectionId: "A", weight: 3, maxScore: 4, score: 4 }, // 100 %
    { sectionId: "A", weight: 1, maxScore: 4, score: 2 }, // 50 %
    { sectionId: "B", weight: 2, maxScore: 4, score: 1 }, // 25 %
  ];

  it("weights each item's percentage within its section and overall", () => {
    const result = scoreAudit(items);
    expect(result.sections).toEqual({ A: 87.5, B: 25 });
    // (3×100 + 1×50 + 2×25) / 6 = 400/6 = 66.666… → 66.67
    expect(result.total).toBe(66.67);
    expect(result.unscored).toBe(0);
  });

  it("has no total while items are unscored, but shows the partial figure", () => {
    const result = scoreAudit([...items.slice(0, 2), { ...items[2], score: null }]);
    expect(result.total).toBeNull();
    expect(result.partial).toBe(87.5);
    expect(result.sections.B).toBeNull();
    expect(result.unscored).toBe(1);
  });

  it("refuses scores outside the scale and non-positive weights", () => {
    expect(validateItemScore(5, 4)).toMatch(/antara 0 dan 4/);
    expect(validateItemScore(2.5, 4)).toMatch(/bulat/);
    expect(validateItemScore(0, 4)).toBeNull();
    expect(() => scoreAudit([{ sectionId: "A", weight: 1, maxScore: 4, score: 7 }])).toThrow(RangeError);
    expect(() => scoreAudit([{ sectionId: "A", weight: 0, maxScore: 4, score: 1 }])).toThrow(RangeError);
  });
});

describe("audit locking", () => {
  it("a submitted audit cannot be edited; a draft can", () => {
    expect(() => assertAuditEditable({ status: "DRAFT" })).not.toThrow();
    expect(() => assertAuditEditable({ status: "SUBMITTED" })).toThrow(new RuleError(LOCKED_MESSAGE));
  });

  it("only the newest submitted revision is revised", () => {
    expect(() => assertRevisable({ status: "SUBMITTED", revision: 2 }, 2)).not.toThrow();
    expect(() => assertRevisable({ status: "SUBMITTED", revision: 1 }, 2)).toThrow(/revisi ke-2/);
    expect(() => assertRevisable({ status: "DRAFT", revision: 1 }, 1)).toThrow(/draf/);
  });

  it("submission needs every item scored", () => {
    expect(submissionProblem(0)).toBeNull();
    expect(submissionProblem(3)).toBe("Masih ada 3 butir yang belum dinilai.");
  });
});

describe("audit periods", () => {
  it("parses half-years", () => {
    const s2 = parseAuditPeriod("2025-s2");
    expect(s2?.code).toBe("2025-S2");
    expect(s2?.start.toISOString().slice(0, 10)).toBe("2025-07-01");
    expect(s2?.end.toISOString().slice(0, 10)).toBe("2025-12-31");
    expect(parseAuditPeriod("2025-S1")?.end.toISOString().slice(0, 10)).toBe("2025-06-30");
    expect(parseAuditPeriod("2025-S3")).toBeNull();
  });
});
