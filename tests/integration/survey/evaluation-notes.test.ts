import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/auth/guard";
import { parseReportPeriod } from "@/lib/reports/period";
import { RuleError } from "@/lib/rule-error";
import { addEvaluationNote, addSurveyFollowUp, deleteEvaluationNote, deleteSurveyFollowUp, updateEvaluationNote } from "@/lib/survey/evaluation-services";
import { periodEvaluationNotes } from "@/lib/survey/evaluation-notes";
import { periodIkm } from "@/lib/survey/ikm-queries";
import { makeRoleUsers } from "../requests/staff-fixtures";

afterAll(() => db.$disconnect());

it("PPID and ADMIN write follow-up plans and kendala with an audit row; other roles are refused and nothing changes", async () => {
  const users = await makeRoleUsers();
  const plan = { period: "2064-S1", unsurCode: "U3", plan: "Penanggung jawab data ditetapkan di setiap bidang.", responsible: "Sekretaris Dinas", targetDate: "2064-09-30" };
  const note = { kind: "KENDALA", occurredOn: "2003-02-03", category: "Sarana", description: "Pemindai rusak.", impact: "Penyerahan tertunda.", actionTaken: "Pinjam pemindai Sekretariat." };
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

const fieldOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(RuleError);
  return (error as RuleError).fieldErrors;
};

it("refuses impossible and future dates at their field, and corrects or removes a note with an audit row", async () => {
  const users = await makeRoleUsers();
  const note = { kind: "KENDALA", occurredOn: "2002-05-06", category: "Jaringan", description: "Internet kantor putus dua hari.", impact: "", actionTaken: "" };
  const plan = { period: "2002-05", unsurCode: "U2", plan: "Sederhanakan formulir.", responsible: "PPID" };
  expect((await fieldOf(addEvaluationNote(users.PPID, { ...note, occurredOn: "2026-02-30" }))).occurredOn).toBeDefined();
  expect((await fieldOf(addEvaluationNote(users.PPID, { ...note, occurredOn: "1900-01-01" }))).occurredOn).toEqual(["Tanggal harus antara tahun 2000 dan 2100."]);
  expect((await fieldOf(addEvaluationNote(users.PPID, { ...note, occurredOn: "2099-01-01" }))).occurredOn?.[0]).toMatch(/^Tanggal tidak boleh melewati hari ini/);
  expect((await fieldOf(addSurveyFollowUp(users.PPID, { ...plan, targetDate: "2026-13-45" }))).targetDate).toBeDefined();

  const id = await addEvaluationNote(users.PPID, note);
  const may2002 = parseReportPeriod("2002-05")!;
  expect((await periodEvaluationNotes(may2002)).map((n) => n.id)).toContain(id);
  for (const role of ["PETUGAS", "AUDITOR", "PIMPINAN"] as const) {
    await expect(updateEvaluationNote(users[role], id, { ...note, category: "X" })).rejects.toThrow(ForbiddenError);
    await expect(deleteEvaluationNote(users[role], id)).rejects.toThrow(ForbiddenError);
  }
  expect((await fieldOf(updateEvaluationNote(users.PPID, id, { ...note, description: "" }))).description).toBeDefined();
  await updateEvaluationNote(users.PPID, id, { ...note, occurredOn: "2002-06-03", impact: "Surel tertunda." });
  expect((await periodEvaluationNotes(may2002)).map((n) => n.id)).not.toContain(id);
  expect(await periodEvaluationNotes(parseReportPeriod("2002-06")!)).toEqual([expect.objectContaining({ id, impact: "Surel tertunda." })]);
  await deleteEvaluationNote(users.ADMIN, id);
  expect(await db.evaluationNote.count({ where: { id } })).toBe(0);
  expect((await db.auditLog.findMany({ where: { entityId: id }, select: { action: true } })).map((a) => a.action).sort()).toEqual(["ADD_EVALUATION_NOTE", "DELETE_EVALUATION_NOTE", "UPDATE_EVALUATION_NOTE"]);
  await expect(deleteEvaluationNote(users.ADMIN, id)).rejects.toThrow("Catatan tidak ditemukan");
});

it("a follow-up plan's target lies ahead; a plan written by mistake is removed by an editor only, with an audit row", async () => {
  const users = await makeRoleUsers();
  const plan = { period: "2002-S1", unsurCode: "U5", plan: "Biaya salinan diumumkan di loket.", responsible: "PPID" };
  expect((await fieldOf(addSurveyFollowUp(users.PPID, { ...plan, targetDate: "2001-01-01" }))).targetDate?.[0]).toMatch(/^Target selesai tidak boleh sebelum hari ini/);
  const id = await addSurveyFollowUp(users.PPID, { ...plan, targetDate: "2099-06-30" });
  for (const role of ["PETUGAS", "ATASAN", "AUDITOR", "PIMPINAN"] as const) await expect(deleteSurveyFollowUp(users[role], id)).rejects.toThrow(ForbiddenError);
  await deleteSurveyFollowUp(users.PPID, id);
  expect((await periodIkm(parseReportPeriod("2002-S1")!)).followUps).toEqual([]);
  expect(await db.auditLog.count({ where: { entityId: id, action: "DELETE_SURVEY_FOLLOW_UP" } })).toBe(1);
  await expect(deleteSurveyFollowUp(users.PPID, id)).rejects.toThrow("tidak ditemukan");
});
