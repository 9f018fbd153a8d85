import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/auth/guard";
import { parseReportPeriod } from "@/lib/reports/period";
import { RuleError } from "@/lib/rule-error";
import { addEvaluationNote, addSurveyFollowUp } from "@/lib/survey/evaluation-services";
import { periodIkm } from "@/lib/survey/ikm-queries";
import { makeRoleUsers } from "../requests/staff-fixtures";

afterAll(() => db.$disconnect());

it("PPID and ADMIN write follow-up plans and kendala with an audit row; other roles are refused and nothing changes", async () => {
  const users = await makeRoleUsers();
  const plan = { period: "2064-S1", unsurCode: "U3", plan: "Penanggung jawab data ditetapkan di setiap bidang.", responsible: "Sekretaris Dinas", targetDate: "2064-09-30" };
  const note = { kind: "KENDALA", occurredOn: "2064-02-03", category: "Sarana", description: "Pemindai rusak.", impact: "Penyerahan tertunda.", actionTaken: "Pinjam pemindai Sekretariat." };
  const before = [await db.surveyFollowUp.count(), await db.evaluationNote.count()];
  for (const role of ["PETUGAS", "ATASAN", "AUDITOR", "PIMPINAN"] as const) {
    await expect(addSurveyFollowUp(users[role], plan)).rejects.toThrow(ForbiddenError);
    await expect(addEvaluationNote(users[role], note)).rejects.toThrow(ForbiddenError);
  }
  expect([await db.surveyFollowUp.count(), await db.evaluationNote.count()]).toEqual(before);

  await expect(addSurveyFollowUp(users.PPID, { ...plan, plan: "" })).rejects.toThrow(RuleError);
  const id = await addSurveyFollowUp(users.PPID, plan);
  const noteId = await addEvaluationNote(users.ADMIN, note);
  expect(await db.auditLog.count({ where: { entityId: { in: [id, noteId] } } })).toBe(2);
  const result = await periodIkm(parseReportPeriod("2064-S1")!);
  expect(result.followUps).toEqual([expect.objectContaining({ unsurCode: "U3", responsible: "Sekretaris Dinas" })]);
});
