import { seedDemoData } from "@/prisma/seed/seed-demo";
import { officeRange, parseReportPeriod } from "@/lib/reports/period";
import { buildPeriodReport } from "@/lib/reports/period-report";
import { publicStatistics } from "@/lib/reports/public-statistics";
import { cellText } from "@/lib/reports/report-cell";
import { reportTables } from "@/lib/reports/report-tables";
import { reportRequestRows } from "@/lib/reports/request-rows";
import { summarizeRequests } from "@/lib/reports/request-summary";
import { loadClock } from "@/lib/deadlines/calendar-store";
import { registerRows } from "@/lib/requests/register";
import { createScratchDatabase, type ScratchDatabase } from "../support/scratch-database";

// The monthly report, the register permohonan and the public /statistik agree for demo months.
let scratch: ScratchDatabase;
beforeAll(async () => {
  scratch = await createScratchDatabase("ppid_seed_issue5");
  await seedDemoData(scratch.client);
}, 180_000);
afterAll(async () => {
  await scratch?.drop();
});

const NOW = new Date("2026-12-03T02:00:00Z");

it("seeds about 40 SKM responses over 2025–2026, some through used one-time links, plus kendala and recommendations", async () => {
  const c = scratch.client;
  const responses = await c.surveyResponse.count();
  expect(responses).toBeGreaterThanOrEqual(35);
  expect(responses).toBeLessThanOrEqual(60);
  expect(await c.surveyResponse.count({ where: { invitationId: { not: null } } })).toBeGreaterThan(10);
  expect(await c.surveyInvitation.count({ where: { usedAt: null } })).toBeGreaterThan(0);
  expect(await c.evaluationNote.count({ where: { kind: "KENDALA" } })).toBeGreaterThanOrEqual(3);
  expect(await c.informationRequest.count()).toBe(80); // existing demo counts unchanged
});

it.each(["2026-11", "2026-06", "2025-09"])("report, register and /statistik agree for %s", async (key) => {
  const c = scratch.client;
  const period = parseReportPeriod(key)!;
  const report = await buildPeriodReport(period, NOW, c);
  const stats = await publicStatistics(period, NOW, c);
  const register = await registerRows(officeRange(period, "Asia/Makassar"), c);

  expect(report.requests.received).toBe(register.length);
  expect(stats.received).toBe(register.length);
  const refusedInRegister = register.filter((r) => r.outcome === "DITOLAK_DIKECUALIKAN").length;
  expect(report.requests.byOutcome.DITOLAK_DIKECUALIKAN ?? 0).toBe(refusedInRegister);
  expect(stats.byOutcome).toEqual(report.requests.byOutcome);
  expect(report.requests.refusals.map((r) => r.registrationNumber)).toEqual(register.filter((r) => r.outcome === "DITOLAK_DIKECUALIKAN").map((r) => r.registrationNumber));
  expect(register.filter((r) => r.noticeDate !== null).length).toBe(report.requests.decided);
  expect(stats.medianWorkingDays).toBe(report.requests.medianWorkingDays);
  expect(stats.onTimePercent).toBe(report.requests.onTimePercent);
  expect(stats.ikm.ikm).toBe(report.ikm.ikm.ikm);
  // The printed table shows the same total.
  const summary = reportTables(report).find((t) => t.id === "ringkasan")!;
  expect(summary.rows[0]).toEqual(["Permohonan diterima", register.length]);
});

it("a year has an IKM from the demo survey and says whether the sample is adequate", async () => {
  const report = await buildPeriodReport(parseReportPeriod("2026")!, NOW, scratch.client);
  expect(report.ikm.ikm.ikm).toBeGreaterThan(60);
  expect(report.ikm.sample.population).toBe(report.requests.received);
  expect(report.kendala.length).toBeGreaterThanOrEqual(3);
  expect(report.recommendations.length).toBeGreaterThanOrEqual(2);
  // Officer performance: each assigned request counted once, under its officer.
  const assigned = await scratch.client.informationRequest.count({ where: { assignedToId: { not: null }, receivedAt: { gte: new Date("2025-12-31T16:00:00Z"), lt: new Date("2026-12-31T16:00:00Z") } } });
  expect(report.officers.reduce((n, o) => n + o.handled, 0)).toBe(assigned);
  expect(report.officers.length).toBeGreaterThanOrEqual(1);
  expect(report.officers.some((o) => o.respondents > 0)).toBe(true);
});

it("time to the notice leaves out the days waiting for a clarification answer", async () => {
  const c = scratch.client;
  const period = parseReportPeriod("2026")!;
  const report = await buildPeriodReport(period, NOW, c);
  const rows = await reportRequestRows(officeRange(period, "Asia/Makassar"), c);
  expect(rows.some((r) => r.noticeDate !== null && r.pauses.some((p) => p.resumeDate !== null))).toBe(true);
  const ignoringPauses = summarizeRequests(rows.map((r) => ({ ...r, pauses: [] })), "2026-12-03", await loadClock(c));
  expect(report.requests.meanWorkingDays!).toBeLessThan(ignoringPauses.meanWorkingDays!);
});

it("the demo annual report of 2026 has its policy, facilities, APBD budget and a dispute in mediation; 2024 is not filled", async () => {
  const { withAnnualSections, unfilledTableIds } = await import("@/lib/reports/annual-tables");
  const report = await buildPeriodReport(parseReportPeriod("2026")!, NOW, scratch.client);
  const annual = report.annual!;
  expect(annual.profile).toMatchObject({ budgetAmount: 125_000_000, budgetSource: "APBD Provinsi NTT" });
  expect(annual.profile!.facilities.map((f) => f.name)).toContain("Meja layanan informasi");
  expect(annual.guides.map((g) => g.code)).toEqual(expect.arrayContaining(["STD-06", "SOP-01"]));
  expect(annual.guides.find((g) => g.code === "STD-06")?.version).toBe(2);
  expect(annual.disputes).toEqual([expect.objectContaining({ stage: "MEDIASI" })]);
  expect(annual.staff.byRole).toMatchObject({ PPID: 1, PETUGAS: 2, ATASAN: 1, ADMIN: 1 });
  expect(unfilledTableIds(annual).size).toBe(0);
  const tables = withAnnualSections(reportTables(report), annual);
  expect(tables.find((t) => t.id === "anggaran")!.rows[0].map(cellText)).toEqual(["Pagu anggaran", "Rp125.000.000"]);
  // The head of the Dinas (demo account) signs the reports.
  const signatory = await scratch.client.setting.findUniqueOrThrow({ where: { key: "report.signatory" } });
  expect(signatory.value).toMatchObject({ name: "Ir. Stefanus Dominggus Koli, M.T.", nip: "196904211995031002" });

  const empty = await buildPeriodReport(parseReportPeriod("2024")!, NOW, scratch.client);
  expect([...unfilledTableIds(empty.annual)].sort()).toEqual(["anggaran", "kebijakan", "regulasi", "sarana", "sdm"]);
});
