import "server-only";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { RuleError } from "@/lib/rule-error";
import type { SurveyInput } from "./schema";

/**
 * Stores one SKM response. With an invitation token the response is bound to its request and the
 * link is spent (one response per request); the open form is deduplicated by its submission key.
 */
export async function submitSurveyResponse(input: SurveyInput, opts: { token?: string | null; submissionKey?: string | null }, now = new Date()): Promise<void> {
  const { token, submissionKey } = opts;
  const alreadyStored = async () => submissionKey !== null && submissionKey !== undefined && (await db.surveyResponse.count({ where: { submissionKey } })) > 0;
  if (await alreadyStored()) return; // a replay of the same form: the first answer stands
  try {
    await storeResponse(input, token ?? null, submissionKey ?? null, now);
  } catch (error) {
    // A double tap sent the same form twice at once: its twin won the race (unique key, or it spent
    // the link first) and stored this very answer, so this one succeeded too.
    if ((isUniqueViolation(error) || error instanceof RuleError) && (await alreadyStored())) return;
    throw error;
  }
}

async function storeResponse(input: SurveyInput, token: string | null, submissionKey: string | null, now: Date): Promise<void> {
  await db.$transaction(async (tx) => {
    let invitationId: string | null = null;
    if (token) {
      // Spend the link atomically: only the first submission finds usedAt still empty.
      const spent = await tx.surveyInvitation.updateMany({ where: { token, usedAt: null }, data: { usedAt: now } });
      if (spent.count !== 1) throw new RuleError("Tautan survei ini sudah digunakan atau tidak berlaku. Terima kasih, jawaban Anda sudah kami terima sebelumnya.");
      invitationId = (await tx.surveyInvitation.findUniqueOrThrow({ where: { token }, select: { id: true } })).id;
    }
    await tx.surveyResponse.create({ data: { ...input, invitationId, submissionKey, submittedAt: now } });
  });
}
