import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/auth/guard";
import { parseReportPeriod } from "@/lib/reports/period";
import { readPeriodReport } from "@/lib/reports/read-report";
import { reportDocumentOf } from "@/lib/reports/report-document";
import { makeRoleUsers, newRequest, wita } from "../requests/staff-fixtures";

afterAll(() => db.$disconnect());

it("only PIMPINAN, PPID, ADMIN and AUDITOR read the evaluation report", async () => {
  const users = await makeRoleUsers();
  await newRequest(wita("2063-02-03"));
  const period = parseReportPeriod("2063-02")!;
  for (const role of ["PETUGAS", "ATASAN"] as const) {
    await expect(readPeriodReport(users[role], period, wita("2063-03-01"))).rejects.toThrow(ForbiddenError);
  }
  for (const role of ["PIMPINAN", "PPID", "ADMIN", "AUDITOR"] as const) {
    const report = await readPeriodReport(users[role], period, wita("2063-03-01"));
    expect(report.requests.received).toBe(1);
    expect(report.requests.overdue).toHaveLength(1); // no notice by day 10 → overdue on 1 March
  }
});

it("no report of a period that has not begun; a running one says its figures are provisional", async () => {
  const users = await makeRoleUsers();
  const march = parseReportPeriod("2064-03")!;
  await expect(readPeriodReport(users.PIMPINAN, march, wita("2064-02-29"))).rejects.toThrow("Periode Maret 2064 belum dimulai, sehingga laporannya belum dapat disusun.");
  const running = await readPeriodReport(users.PIMPINAN, march, wita("2064-03-10"));
  expect((await reportDocumentOf(running)).intro).toMatch(/Periode ini belum berakhir: angka dalam laporan ini adalah keadaan per 10 Maret 2064/);
  const closed = await readPeriodReport(users.PIMPINAN, march, wita("2064-04-01"));
  expect((await reportDocumentOf(closed)).intro).not.toMatch(/belum berakhir/);
});
