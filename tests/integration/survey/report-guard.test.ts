import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/auth/guard";
import { parseReportPeriod } from "@/lib/reports/period";
import { readPeriodReport } from "@/lib/reports/read-report";
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
