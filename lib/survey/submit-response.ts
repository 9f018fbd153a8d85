import "server-only";
import { db, type Tx } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { calendarDateFromUtcDate, calendarDateToUtcDate } from "@/lib/deadlines";
import { RuleError } from "@/lib/rule-error";
import { officeToday } from "@/lib/settings/clock";
import { expiredSurveyLinkText } from "./link-validity";
import type { SurveyInput } from "./schema";

/**
 * Stores one SKM response. With an invitation token the response is bound to its request and the
 * link is spent (one response per request) and refused after its last day; the open form is
 * deduplicated by its submission key.
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
      // Spend the link atomically: only the first submission on or before its last day finds usedAt still empty.
      const today = calendarDateToUtcDate(await officeToday(now, tx));
      const spent = await tx.surveyInvitation.updateMany({ where: { token, usedAt: null, validUntil: { gte: today } }, data: { usedAt: now } });
      if (spent.count !== 1) throw await refusalOfSpentLink(tx, token);
      invitationId = (await tx.surveyInvitation.findUniqueOrThrow({ where: { token }, select: { id: true } })).id;
    }
    await tx.surveyResponse.create({ data: { ...input, invitationId, submissionKey, submittedAt: now } });
  });
}

/** Why a link could not be spent: already answered, or past its last day (the open form remains). */
async function refusalOfSpentLink(tx: Tx, token: string): Promise<RuleError> {
  const invitation = await tx.surveyInvitation.findUnique({ where: { token }, select: { usedAt: true, validUntil: true } });
  if (invitation?.usedAt) return new RuleError("Tautan survei ini sudah digunakan. Terima kasih, jawaban Anda sudah kami terima sebelumnya.");
  if (invitation) return new RuleError(`${expiredSurveyLinkText(calendarDateFromUtcDate(invitation.validUntil))} Anda tetap dapat mengisi survei umum di halaman /survei.`);
  return new RuleError("Tautan survei tidak dikenal atau tidak berlaku. Anda tetap dapat mengisi survei umum di halaman /survei.");
}
