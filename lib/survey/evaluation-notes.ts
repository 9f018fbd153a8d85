import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import type { ReportPeriod } from "@/lib/reports/period";

export const EVALUATION_NOTE_SELECT = { id: true, kind: true, occurredOn: true, category: true, description: true, impact: true, actionTaken: true } as const;

export type EvaluationNoteRow = {
  id: string; kind: string; occurredOn: Date; category: string; description: string; impact: string | null; actionTaken: string | null;
};

/** Kendala and recommendations dated within a period (DATE column, so calendar months in UTC), oldest first. */
export function periodEvaluationNotes(period: ReportPeriod, client: Db | Tx = db): Promise<EvaluationNoteRow[]> {
  return client.evaluationNote.findMany({
    where: { occurredOn: { gte: new Date(Date.UTC(period.year, period.firstMonth - 1, 1)), lt: new Date(Date.UTC(period.year, period.firstMonth - 1 + period.months, 1)) } },
    orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }],
    select: EVALUATION_NOTE_SELECT,
  });
}

export function findEvaluationNote(id: string, client: Db | Tx = db): Promise<EvaluationNoteRow | null> {
  return client.evaluationNote.findUnique({
    where: { id },
    select: EVALUATION_NOTE_SELECT,
  });
}
