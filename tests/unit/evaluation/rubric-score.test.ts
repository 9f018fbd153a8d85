import { finalizeProblem, levelProblem, rubricCategory, RUBRIC_BANDS_TEXT, rubricText, scoreRubric } from "@/lib/evaluation/rubric-score";
import { assessorRefusal, periodNotStarted, previousMonthKey } from "@/lib/evaluation/assessor-rules";
import { parseReportPeriod } from "@/lib/reports/period";

// Hand-computed: total = Σ(weight × score) / Σ(weight × 4) × 100, rounded once to 2 decimals.
const items = (pairs: [number, number | null][]) => pairs.map(([weight, score]) => ({ weight, score }));

describe("officer rubric score", () => {
  it("default weights 20/20/20/15/15/10 with scores 4/3/3/4/3/3: 335 / 400 = 83.75 → Baik", () => {
    expect(scoreRubric(items([[20, 4], [20, 3], [20, 3], [15, 4], [15, 3], [10, 3]]))).toEqual({ total: 83.75, category: "BAIK", partial: 83.75, unscored: 0 });
  });

  it("all 4 → 100 Sangat Baik; all 1 → 25 (the floor of the scale) Kurang; weights need not add up to 100", () => {
    expect(scoreRubric(items([[3, 4], [7, 4]]))).toMatchObject({ total: 100, category: "SANGAT_BAIK" });
    expect(scoreRubric(items([[3, 1], [7, 1]]))).toMatchObject({ total: 25, category: "KURANG" });
  });

  it("rounds once at the end: weights 1/1/1 with 4/4/3 → 11/12 = 91.666… → 91.67", () => {
    expect(scoreRubric(items([[1, 4], [1, 4], [1, 3]])).total).toBe(91.67);
    // 2/3 × 100 = 66.666… → 66.67 Cukup
    expect(scoreRubric(items([[1, 3], [1, 3], [1, 2]]))).toMatchObject({ total: 66.67, category: "CUKUP" });
  });

  it("band boundaries on the exact totals: 90 Sangat Baik, 75 Baik, 60 Cukup", () => {
    expect(scoreRubric(items([[60, 4], [40, 3]]))).toMatchObject({ total: 90, category: "SANGAT_BAIK" }); // 360/400
    expect(scoreRubric(items([[50, 3], [50, 3]]))).toMatchObject({ total: 75, category: "BAIK" }); // 300/400
    expect(scoreRubric(items([[40, 3], [60, 2]]))).toMatchObject({ total: 60, category: "CUKUP" }); // 240/400
    expect(scoreRubric(items([[35, 3], [65, 2]]))).toMatchObject({ total: 58.75, category: "KURANG" }); // 235/400
  });

  it("classifies the rounded total: 89.995 → 90.00 Sangat Baik, 89.99 stays Baik", () => {
    // 4×2999 + 3×2001 = 17999; 17999 / 20000 × 100 = 89.995
    expect(scoreRubric(items([[2999, 4], [2001, 3]]))).toMatchObject({ total: 90, category: "SANGAT_BAIK" });
    // 4×1499 + 3×1001 = 8999; 8999 / 10000 × 100 = 89.99
    expect(scoreRubric(items([[1499, 4], [1001, 3]]))).toMatchObject({ total: 89.99, category: "BAIK" });
    expect(rubricCategory(74.994)).toBe("CUKUP");
    expect(rubricCategory(74.995)).toBe("BAIK");
    expect(rubricCategory(59.99)).toBe("KURANG");
  });

  it("missing scores: no total and no category, a provisional figure over the scored ones, and finalising is refused", () => {
    const result = scoreRubric(items([[20, 4], [20, null], [10, 2]]));
    // (80 + 20) / (80 + 40) = 83.33 provisional
    expect(result).toEqual({ total: null, category: null, partial: 83.33, unscored: 1 });
    expect(finalizeProblem(result, 3)).toBe("Masih ada 1 kriteria yang belum dinilai.");
    expect(scoreRubric(items([[20, null]]))).toEqual({ total: null, category: null, partial: null, unscored: 1 });
    expect(finalizeProblem(scoreRubric([]), 0)).toBe("Belum ada kriteria penilaian yang aktif.");
    expect(finalizeProblem(scoreRubric(items([[1, 3]])), 1)).toBeNull();
  });

  it("refuses scores outside 1–4 and weights that are not positive whole numbers", () => {
    expect(levelProblem(0)).toMatch(/1 sampai 4/);
    expect(levelProblem(5)).toMatch(/1 sampai 4/);
    expect(levelProblem(2.5)).toMatch(/1 sampai 4/);
    expect(levelProblem(4)).toBeNull();
    expect(() => scoreRubric(items([[10, 5]]))).toThrow(RangeError);
    expect(() => scoreRubric(items([[0, 3]]))).toThrow(RangeError);
    expect(() => scoreRubric(items([[1.5, 3]]))).toThrow(RangeError);
  });

  it("prints the total the Indonesian way with its label, and explains the bands", () => {
    expect(rubricText(83.75, "BAIK")).toBe("83,75 (Baik)");
    expect(rubricText(90, "SANGAT_BAIK")).toBe("90,00 (Sangat Baik)");
    expect(RUBRIC_BANDS_TEXT).toBe("Sangat Baik ≥ 90, Baik ≥ 75, Cukup ≥ 60, Kurang < 60");
  });
});

describe("who assesses whom", () => {
  const ppid = { id: "p", role: "PPID" as const };
  const petugas = { id: "o", role: "PETUGAS" as const };
  const atasan = { id: "a", role: "ATASAN" as const };
  it("the PPID assesses desk officers, the Atasan PPID assesses the PPID, nobody assesses themselves", () => {
    expect(assessorRefusal(ppid, petugas)).toBeNull();
    expect(assessorRefusal(atasan, ppid)).toBeNull();
    expect(assessorRefusal(atasan, petugas)).toBeNull();
    expect(assessorRefusal({ id: "x", role: "ADMIN" }, ppid)).toBeNull();
    expect(assessorRefusal(ppid, ppid)).toBe("Anda tidak dapat menilai kinerja Anda sendiri.");
    expect(assessorRefusal({ id: "p2", role: "PPID" }, ppid)).toBe("Kinerja PPID Pelaksana dinilai oleh Atasan PPID.");
    expect(assessorRefusal(ppid, atasan)).toMatch(/hanya Petugas Pelayanan Informasi dan PPID Pelaksana/);
    expect(assessorRefusal({ id: "x", role: "AUDITOR" }, petugas)).toMatch(/tidak menilai/);
  });

  it("a period is assessed once it has begun; the default is the previous month", () => {
    expect(periodNotStarted(parseReportPeriod("2026-12")!, "2026-12-03")).toBe(false);
    expect(periodNotStarted(parseReportPeriod("2027-01")!, "2026-12-31")).toBe(true);
    expect(periodNotStarted(parseReportPeriod("2026-S2")!, "2026-07-01")).toBe(false);
    expect(periodNotStarted(parseReportPeriod("2027")!, "2026-12-31")).toBe(true);
    expect(previousMonthKey("2026-12-03")).toBe("2026-11");
    expect(previousMonthKey("2027-01-15")).toBe("2026-12");
  });
});
