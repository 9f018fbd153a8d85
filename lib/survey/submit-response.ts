import "server-only";
import { db } from "@/lib/db";
import { RuleError } from "@/lib/rule-error";
import type { SurveyInput } from "./schema";

/**
 * Stores one SKM response. With an invitation token the response is bound to its request and the
 * link is spent (one response per request); the open form is deduplicated by its submission key.
 */
export async function submitSurveyResponse(input: SurveyInput, opts: { token?: string | null; submissionKey?: string | null }, now = new Date()): Promise<void> {
  const { token, submissionKey } = opts;
  if (submissionKey) {
    const existing = await db.surveyResponse.findUnique({ where: { submissionKey }, select: { id: true } });
    if (existing) return; // a replay of the same form: the first answer stands
  }
  await db.$transaction(async (tx) => {
    let invitationId: string | null = null;
    if (token) {
      // Spend the link atomically: only the first submission finds usedAt still empty.
      const spent = await tx.surveyInvitation.updateMany({ where: { token, usedAt: null }, data: { usedAt: now } });
      if (spent.count !== 1) throw new RuleError("Tautan survei ini sudah digunakan atau tidak berlaku. Terima kasih, jawaban Anda sudah kami terima sebelumnya.");
      invitationId = (await tx.surveyInvitation.findUniqueOrThrow({ where: { token }, select: { id: true } })).id;
    }
    await tx.surveyResponse.create({ data: { ...input, invitationId, submissionKey: submissionKey ?? null, submittedAt: now } });
  });
}
