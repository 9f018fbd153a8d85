/**
 * The per-criterion part of the scoring form (pure): score-<criterionId> and note-<criterionId>
 * for every active criterion, with the criterion's snapshot (code, name, weight, levels, order).
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import { noteFieldOf, noteValue, scoreFieldOf, scoreValue } from "./schema";

export type ActiveCriterion = { id: string; code: string; name: string; weight: number; levels: Prisma.JsonValue; sortOrder: number };

export type ScoreEntry = {
  criterionId: string;
  criterionCode: string;
  criterionName: string;
  weight: number;
  levels: Prisma.InputJsonValue;
  sortOrder: number;
  score: number | null;
  note: string | null;
};

export const UNSCORED_MESSAGE = "Pilih nilai untuk kriteria ini sebelum memfinalkan.";

export function scoreEntries(criteria: readonly ActiveCriterion[], input: Record<string, string | undefined>): { entries: ScoreEntry[]; fieldErrors: Record<string, string[]> } {
  const fieldErrors: Record<string, string[]> = {};
  const entries = criteria.map((c) => {
    const score = scoreValue.safeParse(input[scoreFieldOf(c.id)]);
    const note = noteValue.safeParse(input[noteFieldOf(c.id)]);
    if (!score.success) fieldErrors[scoreFieldOf(c.id)] = score.error.issues.map((i) => i.message);
    if (!note.success) fieldErrors[noteFieldOf(c.id)] = note.error.issues.map((i) => i.message);
    return {
      criterionId: c.id,
      criterionCode: c.code,
      criterionName: c.name,
      weight: c.weight,
      levels: (c.levels ?? []) as Prisma.InputJsonValue,
      sortOrder: c.sortOrder,
      score: score.success ? score.data : null,
      note: note.success ? note.data : null,
    };
  });
  return { entries, fieldErrors };
}

/** Field errors that refuse finalising: unscored criteria and the two overall notes. */
export function finalizeFieldErrors(entries: readonly ScoreEntry[], notes: { strengths: string | null; improvements: string | null }): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const e of entries) if (e.score === null) errors[scoreFieldOf(e.criterionId)] = [UNSCORED_MESSAGE];
  if (!notes.strengths) errors.strengths = ["Kekuatan wajib diisi sebelum penilaian difinalkan."];
  if (!notes.improvements) errors.improvements = ["Hal yang perlu ditingkatkan wajib diisi sebelum penilaian difinalkan."];
  return errors;
}
