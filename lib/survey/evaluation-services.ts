import "server-only";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db";
import { parseOrRefuse } from "@/lib/rule-error";
import { evaluationNoteSchema, followUpSchema } from "./evaluation-schema";

const dateOf = (v: string) => new Date(`${v}T00:00:00Z`);

export async function addSurveyFollowUp(user: StaffUser, input: Record<string, unknown>): Promise<string> {
  assertPermission(user, "manageEvaluation");
  const v = parseOrRefuse(followUpSchema, input);
  return db.$transaction(async (tx) => {
    const row = await tx.surveyFollowUp.create({ data: { ...v, targetDate: v.targetDate ? dateOf(v.targetDate) : null, createdById: user.id } });
    await writeAudit(tx, user, { action: "ADD_SURVEY_FOLLOW_UP", entityType: "SurveyFollowUp", entityId: row.id, before: null, after: v });
    return row.id;
  });
}

export async function addEvaluationNote(user: StaffUser, input: Record<string, unknown>): Promise<string> {
  assertPermission(user, "manageEvaluation");
  const v = parseOrRefuse(evaluationNoteSchema, input);
  return db.$transaction(async (tx) => {
    const row = await tx.evaluationNote.create({ data: { ...v, occurredOn: dateOf(v.occurredOn), createdById: user.id } });
    await writeAudit(tx, user, { action: "ADD_EVALUATION_NOTE", entityType: "EvaluationNote", entityId: row.id, before: null, after: v });
    return row.id;
  });
}
