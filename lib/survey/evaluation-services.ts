import "server-only";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db";
import { calendarDateToUtcDate } from "@/lib/deadlines";
import { formatDate } from "@/lib/format/dates";
import { parseOrRefuse, RuleError } from "@/lib/rule-error";
import { officeToday } from "@/lib/settings/clock";
import { EVALUATION_NOTE_SELECT } from "./evaluation-notes";
import { evaluationNoteSchema, followUpSchema } from "./evaluation-schema";


/** A plan to improve a weak unsur; its target lies ahead (a target already past is a typing slip). */
export async function addSurveyFollowUp(user: StaffUser, input: Record<string, unknown>): Promise<string> {
  assertPermission(user, "manageEvaluation");
  const v = parseOrRefuse(followUpSchema, input);
  const today = await officeToday();
  if (v.targetDate && v.targetDate < today) throw RuleError.at("targetDate", `Target selesai tidak boleh sebelum hari ini (${formatDate(today)}).`);
  return db.$transaction(async (tx) => {
    const row = await tx.surveyFollowUp.create({ data: { ...v, targetDate: v.targetDate ? calendarDateToUtcDate(v.targetDate) : null, createdById: user.id } });
    await writeAudit(tx, user, { action: "ADD_SURVEY_FOLLOW_UP", entityType: "SurveyFollowUp", entityId: row.id, before: null, after: v });
    return row.id;
  });
}

/** A kendala or recommendation is dated on a day that has come: a future date would file it in a report not yet due. */
async function parseNote(input: Record<string, unknown>) {
  const v = parseOrRefuse(evaluationNoteSchema, input);
  const today = await officeToday();
  if (v.occurredOn > today) throw RuleError.at("occurredOn", `Tanggal tidak boleh melewati hari ini (${formatDate(today)}).`);
  return { ...v, occurredOn: calendarDateToUtcDate(v.occurredOn) };
}

export async function addEvaluationNote(user: StaffUser, input: Record<string, unknown>): Promise<string> {
  assertPermission(user, "manageEvaluation");
  const data = await parseNote(input);
  return db.$transaction(async (tx) => {
    const row = await tx.evaluationNote.create({ data: { ...data, createdById: user.id } });
    await writeAudit(tx, user, { action: "ADD_EVALUATION_NOTE", entityType: "EvaluationNote", entityId: row.id, before: null, after: data });
    return row.id;
  });
}

const missingNote = () => new RuleError("Catatan tidak ditemukan; mungkin sudah dihapus.");

/** Corrects a kendala or recommendation (wrong date, wording); the audit log keeps the earlier text. */
export async function updateEvaluationNote(user: StaffUser, id: string, input: Record<string, unknown>): Promise<void> {
  assertPermission(user, "manageEvaluation");
  const data = await parseNote(input);
  await db.$transaction(async (tx) => {
    const before = await tx.evaluationNote.findUnique({ where: { id }, select: EVALUATION_NOTE_SELECT });
    if (!before) throw missingNote();
    await tx.evaluationNote.update({ where: { id }, data });
    await writeAudit(tx, user, { action: "UPDATE_EVALUATION_NOTE", entityType: "EvaluationNote", entityId: id, before, after: data });
  });
}

export async function deleteEvaluationNote(user: StaffUser, id: string): Promise<void> {
  assertPermission(user, "manageEvaluation");
  await db.$transaction(async (tx) => {
    const before = await tx.evaluationNote.findUnique({ where: { id }, select: EVALUATION_NOTE_SELECT });
    if (!before) throw missingNote();
    await tx.evaluationNote.delete({ where: { id } });
    await writeAudit(tx, user, { action: "DELETE_EVALUATION_NOTE", entityType: "EvaluationNote", entityId: id, before, after: null });
  });
}

/** Removes a follow-up plan written by mistake; the audit log keeps it. */
export async function deleteSurveyFollowUp(user: StaffUser, id: string): Promise<void> {
  assertPermission(user, "manageEvaluation");
  await db.$transaction(async (tx) => {
    const before = await tx.surveyFollowUp.findUnique({ where: { id }, select: { id: true, period: true, unsurCode: true, plan: true, responsible: true, targetDate: true } });
    if (!before) throw new RuleError("Rencana tindak lanjut tidak ditemukan; mungkin sudah dihapus.");
    await tx.surveyFollowUp.delete({ where: { id } });
    await writeAudit(tx, user, { action: "DELETE_SURVEY_FOLLOW_UP", entityType: "SurveyFollowUp", entityId: id, before, after: null });
  });
}
