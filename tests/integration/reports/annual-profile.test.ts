import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/auth/guard";
import { RuleError } from "@/lib/rule-error";
import { readAnnualProfile, saveAnnualProfile } from "@/lib/reports/annual-profile-services";
import { unfilledText, withAnnualSections } from "@/lib/reports/annual-tables";
import { parseReportPeriod } from "@/lib/reports/period";
import { buildPeriodReport } from "@/lib/reports/period-report";
import { renderReportHtml } from "@/lib/reports/report-html";
import { reportDocumentOf } from "@/lib/reports/report-document";
import { cellText } from "@/lib/reports/report-cell";
import { reportTables, type ReportTable } from "@/lib/reports/report-tables";
import { makeRoleUsers, newRequest, wita } from "../requests/staff-fixtures";

// This file works in 2065 (profile, objections, guides, training) and 2066; no other file uses them.
afterAll(() => db.$disconnect());

const NOW = wita("2066-02-10");
const profileInput = {
  year: "2065",
  policy: "PPID Pelaksana ditetapkan dengan SK Kepala Dinas; layanan mengikuti Perki 1/2021.",
  regulations: [{ number: "", title: "", date: "" }, { number: "500/DPP/SK/012/I/2065", title: "Penetapan PPID Pelaksana Tahun 2065", date: "2065-01-08" }],
  facilities: [{ name: "Meja layanan informasi", condition: "BAIK", notes: "Lantai 1" }, { name: "Akses penyandang disabilitas", condition: "PERLU_PERBAIKAN", notes: "" }],
  staffNotes: "Dua petugas pelayanan informasi.",
  budgetAmount: "125.000.000", budgetSource: "APBD Provinsi NTT", budgetRealisation: "Rp 98.450.000,-", budgetNotes: "",
};
const tablesOf = async (key: string) => {
  const report = await buildPeriodReport(parseReportPeriod(key)!, NOW);
  return { report, tables: withAnnualSections(reportTables(report), report.annual) };
};
const rowOf = (tables: ReportTable[], id: string, label: string) => tables.find((t) => t.id === id)?.rows.find((r) => r[0] === label)?.map(cellText);

it("only PPID and ADMIN save the year profile; every change is audited and read back into the annual report", async () => {
  const users = await makeRoleUsers();
  // Not filled yet: each part says so in words.
  const before = await tablesOf("2065");
  expect(before.report.annual?.profile).toBeNull();
  expect(before.tables.find((t) => t.id === "anggaran")!.rows).toEqual([[unfilledText(2065)]]);

  for (const role of ["PETUGAS", "ATASAN", "AUDITOR", "PIMPINAN"] as const) {
    await expect(saveAnnualProfile(users[role], profileInput)).rejects.toThrow(ForbiddenError);
  }
  expect(await db.annualReportProfile.count({ where: { year: 2065 } })).toBe(0);

  // A wrong amount is refused at its field and nothing is written.
  const refusal = await saveAnnualProfile(users.PPID, { ...profileInput, budgetAmount: "125 juta" }).catch((e: unknown) => e);
  expect(refusal).toBeInstanceOf(RuleError);
  expect((refusal as RuleError).fieldErrors.budgetAmount).toEqual(["Pagu anggaran harus berupa bilangan bulat rupiah, misalnya 125.000.000."]);
  expect(await db.annualReportProfile.count({ where: { year: 2065 } })).toBe(0);

  const saved = await saveAnnualProfile(users.PPID, profileInput);
  expect(saved.changed).toBe(true);
  expect(await readAnnualProfile(users.PIMPINAN, 2065)).toMatchObject({ budgetAmount: 125_000_000, budgetRealisation: 98_450_000, regulations: [{ number: "500/DPP/SK/012/I/2065" }] });
  await expect(readAnnualProfile(users.PETUGAS, 2065)).rejects.toThrow(ForbiddenError);
  // The same values again: no write, no audit entry.
  expect((await saveAnnualProfile(users.ADMIN, profileInput)).changed).toBe(false);
  await saveAnnualProfile(users.ADMIN, { ...profileInput, budgetRealisation: "120.000.000" });
  const audits = await db.auditLog.findMany({ where: { entityType: "AnnualReportProfile", entityId: "2065" }, orderBy: { at: "asc" } });
  expect(audits.map((a) => [a.action, a.actorId])).toEqual([["UPDATE_ANNUAL_REPORT_PROFILE", users.PPID.id], ["UPDATE_ANNUAL_REPORT_PROFILE", users.ADMIN.id]]);
  expect(audits[0].before).toBeNull();
  expect(audits[1].before).toMatchObject({ budgetRealisation: 98_450_000 });
  expect(audits[1].after).toMatchObject({ budgetRealisation: 120_000_000 });

  // The annual report (and its printed document) shows the profile in the order of the annual report.
  const { report, tables } = await tablesOf("2065");
  expect(report.annual?.profile).toMatchObject({ year: 2065, budgetAmount: 125_000_000, facilities: [{ name: "Meja layanan informasi" }, { name: "Akses penyandang disabilitas" }] });
  expect(rowOf(tables, "anggaran", "Pagu anggaran")).toEqual(["Pagu anggaran", "Rp125.000.000"]);
  expect(rowOf(tables, "anggaran", "Realisasi")).toEqual(["Realisasi", "Rp120.000.000"]);
  expect(rowOf(tables, "sarana", "Akses penyandang disabilitas")).toEqual(["Akses penyandang disabilitas", "Tersedia, perlu perbaikan", "–"]);
  expect(tables.slice(0, 6).map((t) => t.id)).toEqual(["kebijakan", "regulasi", "pedoman", "sarana", "sdm", "anggaran"]);
  const html = renderReportHtml(await reportDocumentOf(report));
  expect(html).toContain("Rp125.000.000");
  expect(html).toContain("Penetapan PPID Pelaksana Tahun 2065");
  expect(html.indexOf("Sumber daya: anggaran")).toBeLessThan(html.indexOf("Ringkasan permohonan informasi"));

  // The semester report to PPID Utama carries the same profile; a monthly report has none of it.
  expect((await buildPeriodReport(parseReportPeriod("2065-S2")!, NOW)).annual?.profile?.budgetAmount).toBe(125_000_000);
  expect((await buildPeriodReport(parseReportPeriod("2065-03")!, NOW)).annual).toBeNull();
});

it("the annual report counts officers, training hours, the SOPs in force at year end, objection grounds and disputes of that year", async () => {
  const users = await makeRoleUsers();
  const doc = await db.guideDocument.create({
    data: {
      code: "UJI-2065-SOP", title: "SOP Uji Laporan Tahunan", kind: "SOP",
      versions: { create: [
        { version: 1, body: "Versi pertama.", effectiveDate: new Date("2065-03-01T00:00:00Z"), approverName: "Kepala Dinas" },
        { version: 2, body: "Berlaku tahun berikutnya.", effectiveDate: new Date("2066-01-05T00:00:00Z"), approverName: "Kepala Dinas" },
      ] },
    },
  });
  await db.trainingEvent.create({
    data: { title: "Bimtek uji 2065", organiser: "Komisi Informasi", date: new Date("2065-05-12T00:00:00Z"), hours: 6.5, topic: "Standar layanan", participants: { create: [{ userId: users.PPID.id }, { userId: users.PETUGAS.id }] } },
  });
  const requestId = await newRequest(wita("2065-02-02"));
  const objection = (sequence: number, receivedAt: Date, extra: object) => db.objection.create({
    data: {
      registrationNumber: `UJI-KEB/${sequence}/2065`, year: 2065, sequence, requestId, channel: "PORTAL", receivedAt, grounds: ["A_DITOLAK_DIKECUALIKAN", "G_MELEBIHI_WAKTU"],
      reasons: "Uji.", groundArose: new Date("2065-03-02T00:00:00Z"), filingDueDate: new Date("2065-04-13T00:00:00Z"), answerDueDate: new Date("2065-04-27T00:00:00Z"), ...extra,
    },
  });
  await objection(1, wita("2065-03-10"), { status: "DIPUTUSKAN", decision: "MENGUATKAN", answerDate: new Date("2065-04-01T00:00:00Z"), disputeFiledDate: new Date("2065-04-15T00:00:00Z"), disputeStage: "AJUDIKASI" });
  // Filed in 2065 but taken to the Komisi Informasi in 2066: a dispute of 2066, an objection of 2065.
  await objection(2, wita("2065-12-01"), { status: "DIPUTUSKAN", decision: "MEMBATALKAN", answerDate: new Date("2065-12-20T00:00:00Z"), disputeFiledDate: new Date("2066-01-06T00:00:00Z"), disputeStage: "DIDAFTARKAN" });

  const { report, tables } = await tablesOf("2065");
  const annual = report.annual!;
  expect(annual.guides.find((g) => g.code === doc.code)).toMatchObject({ version: 1 });
  expect(annual.staff.trainingHours).toBe(13);
  expect(annual.staff.trainedOfficers).toBe(2);
  expect(annual.staff.byRole.PETUGAS).toBe(await db.user.count({ where: { role: "PETUGAS", active: true } }));
  expect(annual.objectionGrounds).toEqual({ A_DITOLAK_DIKECUALIKAN: 2, G_MELEBIHI_WAKTU: 2 });
  expect(annual.objectionDecisions).toEqual({ MENGUATKAN: 1, MEMBATALKAN: 1 });
  expect(tables.find((t) => t.id === "sengketa")!.rows).toEqual([["UJI-KEB/1/2065", "15 April 2065", "Ajudikasi non-litigasi", "–"]]);
  const ids = tables.map((t) => t.id);
  expect(ids.indexOf("sengketa")).toBe(ids.indexOf("keberatan") + 2);
  expect(ids.indexOf("sengketa")).toBeLessThan(ids.indexOf("kendala"));
  const next = await tablesOf("2066");
  expect(next.tables.find((t) => t.id === "sengketa")!.rows.map((r) => r[0])).toEqual(["UJI-KEB/2/2065"]);
  expect(next.report.annual?.guides.find((g) => g.code === doc.code)).toMatchObject({ version: 2 });
});
