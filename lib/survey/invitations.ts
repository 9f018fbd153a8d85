import "server-only";
import { randomBytes } from "node:crypto";
import type { Db, Tx } from "@/lib/db";
import { enqueueMessages } from "@/lib/notifications/enqueue";
import { EMAIL_SIGNATURE, publicUrl } from "@/lib/notifications/email-text";

export function surveyLinkPath(token: string): string {
  return `/survei/${token}`;
}

/**
 * The one-time survey link of a completed request, created on first need (idempotent: one per
 * request). The requester is e-mailed once when the request is closed.
 */
export async function ensureSurveyInvitation(client: Db | Tx, requestId: string): Promise<{ token: string; used: boolean } | null> {
  const request = await client.informationRequest.findUnique({
    where: { id: requestId },
    select: { status: true, email: true, registrationNumber: true, surveyInvitation: { select: { token: true, usedAt: true } } },
  });
  if (!request || request.status !== "SELESAI") return null;
  if (request.surveyInvitation) return { token: request.surveyInvitation.token, used: request.surveyInvitation.usedAt !== null };
  const token = randomBytes(24).toString("base64url");
  const created = await client.surveyInvitation.upsert({ where: { requestId }, create: { requestId, token }, update: {}, select: { token: true, usedAt: true } });
  if (request.email) {
    await enqueueMessages(client, [{
      dedupeKey: `survey-invitation:${requestId}`, kind: "survey-invitation", to: request.email, requestId,
      subject: `Survei kepuasan layanan informasi ${request.registrationNumber}`,
      body: `Permohonan informasi ${request.registrationNumber} telah selesai. Mohon kesediaan Anda mengisi Survei Kepuasan Masyarakat (9 pertanyaan singkat) melalui tautan berikut (berlaku satu kali):\n${publicUrl(surveyLinkPath(created.token))}${EMAIL_SIGNATURE}`,
    }]);
  }
  return { token: created.token, used: created.usedAt !== null };
}

export async function findInvitation(client: Db | Tx, token: string) {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  return client.surveyInvitation.findUnique({
    where: { token },
    select: { id: true, usedAt: true, request: { select: { registrationNumber: true, informationRequested: true } } },
  });
}

/** For /lacak after number + code matched: the survey link of a completed request, created on first view. */
export async function surveyLinkOfVerifiedRequest(client: Db, registrationNumber: string): Promise<{ path: string; used: boolean } | null> {
  const request = await client.informationRequest.findUnique({ where: { registrationNumber }, select: { id: true, status: true } });
  if (!request || request.status !== "SELESAI") return null;
  const invitation = await client.$transaction((tx) => ensureSurveyInvitation(tx, request.id));
  return invitation ? { path: surveyLinkPath(invitation.token), used: invitation.used } : null;
}
