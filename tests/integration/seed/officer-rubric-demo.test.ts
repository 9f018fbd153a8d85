import { seedDemoData } from "@/prisma/seed/seed-demo";
import { DEFAULT_ASSESSMENT_CRITERIA } from "@/prisma/seed/assessment-criteria";
import { parseReportPeriod } from "@/lib/reports/period";
import { buildPeriodReport } from "@/lib/reports/period-report";
import { cellText } from "@/lib/reports/report-cell";
import { reportTables } from "@/lib/reports/report-tables";
import { createScratchDatabase, type ScratchDatabase } from "../support/scratch-database";

// Issue 5, officer rubric: the demo's assessments reach the period reports.
let scratch: ScratchDatabase;
beforeAll(async () => {
  scratch = await createScratchDatabase("ppid_seed_rubric");
  await seedDemoData(scratch.client);
}, 180_000);
afterAll(async () => {
  await scratch?.drop();
});

const NOW = new Date("2026-12-03T02:00:00Z");
const report = (key: string) => buildPeriodReport(parseReportPeriod(key)!, NOW, scratch.client);

it("the demo database has the default criteria and final, revised and draft assessments", async () => {
  const c = scratch.client;
  const criteria = await c.assessmentCriterion.findMany({ orderBy: { sortOrder: "asc" }, select: { code: true, name: true, description: true, weight: true, levels: true, active: true } });
  expect(criteria).toEqual(DEFAULT_ASSESSMENT_CRITERIA.map((d) => ({ ...d, levels: [...d.levels], active: true })));
  expect(await c.officerAssessment.count({ where: { status: "FINAL" } })).toBe(6);
  expect(await c.officerAssessment.count({ where: { status: "DRAFT" } })).toBe(1);
  expect(await c.informationRequest.count()).toBe(80); // the request demo data is unchanged
});

it("the reports show the demo scores: September both officers, October a corrected revision, November a draft, Semester I the PPID", async () => {
  // 3/3/3/4/3/3 → 315/400 = 78,75; 4/4/3/4/4/3 → 370/400 = 92,50.
  const september = reportTables(await report("2026-09")).find((t) => t.id === "petugas")!;
  // The PPID handled no request and was not assessed in September: listed so the gap is visible.
  expect(september.rows.map((r) => r.slice(-2).map(cellText).join(" ")).sort()).toEqual(["78,75 Baik", "92,50 Sangat Baik", "belum dinilai –"]);
  const october = reportTables(await report("2026-10")).find((t) => t.id === "penilaian-petugas")!;
  expect(october.rows.map((r) => `${cellText(r[1])} ${r[2]} ${r[3]}`).sort()).toEqual([expect.stringMatching(/^75,00 Baik .*revisi ke-2\)$/), expect.stringMatching(/^91,25 Sangat Baik .*\d{4}\)$/)]);
  expect((await report("2026-11")).officers.map((o) => o.rubric?.status ?? "NONE")).toContain("DRAFT");
  const semester = await report("2026-S1");
  expect(semester.officers.find((o) => o.rubric?.status === "FINAL")?.rubric).toMatchObject({ total: 91.25, category: "SANGAT_BAIK", assessorName: "Drs. Benediktus Tae Manek, M.Si." });
});
