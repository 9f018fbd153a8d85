import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/auth/guard";
import { RuleError } from "@/lib/rule-error";
import { parseReportPeriod } from "@/lib/reports/period";
import { buildPeriodReport } from "@/lib/reports/period-report";
import { reportDocumentOf } from "@/lib/reports/report-document";
import { renderReportHtml } from "@/lib/reports/report-html";
import { getReportSignatory, REPORT_SIGNATORY_KEY } from "@/lib/settings/report-signatory";
import { updateReportSignatory } from "@/lib/settings/report-signatory-service";
import { makeRoleUsers, wita } from "../requests/staff-fixtures";

// The signatory is a global setting: restored afterwards (integration files run one at a time).
let original: Awaited<ReturnType<typeof getReportSignatory>>;
beforeAll(async () => {
  original = await getReportSignatory();
});
afterAll(async () => {
  const { ADMIN } = await makeRoleUsers();
  await updateReportSignatory(ADMIN, original);
  await db.$disconnect();
});

const HEAD = { name: "Ir. Stefanus Dominggus Koli, M.T.", title: "Kepala Dinas Perindustrian dan Perdagangan Provinsi Nusa Tenggara Timur", nip: "19690421 199503 1 002" };

it("only ADMIN sets who signs the reports; a bad NIP is refused at its field; the change is audited and printed on the report", async () => {
  const users = await makeRoleUsers();
  for (const role of ["PPID", "PETUGAS", "ATASAN", "AUDITOR", "PIMPINAN"] as const) {
    await expect(updateReportSignatory(users[role], HEAD)).rejects.toThrow(ForbiddenError);
  }
  const bad = await updateReportSignatory(users.ADMIN, { ...HEAD, nip: "19690421", name: "" }).catch((e: unknown) => e);
  expect(bad).toBeInstanceOf(RuleError);
  expect((bad as RuleError).fieldErrors).toEqual({ nip: ["NIP terdiri dari 18 angka."], name: ["Nama penanda tangan wajib diisi."] });
  expect(await getReportSignatory()).toEqual(original);

  const auditsBefore = await db.auditLog.count({ where: { action: "UPDATE_REPORT_SIGNATORY" } });
  const saved = await updateReportSignatory(users.ADMIN, HEAD);
  expect(saved).toEqual({ changed: true, signatory: { ...HEAD, nip: "196904211995031002" } });
  expect(await getReportSignatory()).toEqual({ ...HEAD, nip: "196904211995031002" });
  expect((await updateReportSignatory(users.ADMIN, { ...HEAD, nip: "196904211995031002" })).changed).toBe(false);
  const audits = await db.auditLog.findMany({ where: { action: "UPDATE_REPORT_SIGNATORY" }, orderBy: { at: "asc" }, skip: auditsBefore });
  expect(audits).toHaveLength(1);
  expect(audits[0]).toMatchObject({ actorId: users.ADMIN.id, entityType: "Setting", entityId: REPORT_SIGNATORY_KEY, after: { nip: "196904211995031002" } });

  const report = await buildPeriodReport(parseReportPeriod("2065-07")!, wita("2065-08-01"));
  const doc = await reportDocumentOf(report);
  expect(doc.signatory).toEqual({ ...HEAD, nip: "196904211995031002" });
  expect(renderReportHtml(doc)).toContain("NIP 19690421 199503 1 002");
});
