import "server-only";
import { randomBytes } from "node:crypto";
import type { Db, Tx } from "@/lib/db";
import { calendarDateFromUtcDate, calendarDateToUtcDate, todayInZone, type CalendarDate } from "@/lib/deadlines";
import { officeDateOf } from "@/lib/datetime/zoned-to-utc";
import { formatDate } from "@/lib/format/dates";
import { enqueueMessages } from "@/lib/notifications/enqueue";
import { EMAIL_SIGNATURE, publicUrl } from "@/lib/notifications/email-text";
import { getClockSettings, officeToday } from "@/lib/settings/clock";
import { isSurveyLinkValidOn, surveyLinkLastDay } from "./link-validity";
import { getSurveySettings } from "./settings";

export function surveyLinkPath(token: string): string {
  return `/survei/${token}`;
}

/** A completed request's survey link: `token` is null when its window closed before a link was made. */
export type SurveyLinkState = { token: string | null; used: boolean; lastDay: CalendarDate; valid: boolean };

/**
 * The one-time survey link of a completed request, created on first need (idempotent: one per
 * request) and usable through its completion day + the validity setting. The requester is e-mailed
 * once, with that last day, when the link is made. No link is made once the window has closed.
 */
export async function ensureSurveyInvitation(client: Db | Tx, requestId: string, now = new Date()): Promise<SurveyLinkState | null> {
  const request = await client.informationRequest.findUnique({
    where: { id: requestId },
    select: { status: true, email: true, registrationNumber: true, closedAt: true, surveyInvitation: { select: { token: true, usedAt: true, validUntil: true } } },
  });
  if (!request || request.status !== "SELESAI") return null;
  const { timeZone } = await getClockSettings(client);
  const today = todayInZone(now, timeZone);
  const existing = request.surveyInvitation;
  if (existing) {
    const lastDay = calendarDateFromUtcDate(existing.validUntil);
    return { token: existing.token, used: existing.usedAt !== null, lastDay, valid: isSurveyLinkValidOn(lastDay, today) };
  }
  const { linkValidityDays } = await getSurveySettings(client);
  const lastDay = surveyLinkLastDay(officeDateOf(request.closedAt ?? now, timeZone), linkValidityDays);
  if (!isSurveyLinkValidOn(lastDay, today)) return { token: null, used: false, lastDay, valid: false };
  const token = randomBytes(24).toString("base64url");
  const created = await client.surveyInvitation.upsert({
    where: { requestId },
    create: { requestId, token, validUntil: calendarDateToUtcDate(lastDay) },
    update: {},
    select: { token: true, usedAt: true, validUntil: true },
  });
  const promisedDay = calendarDateFromUtcDate(created.validUntil); // a concurrent twin may have won the upsert
  if (request.email) {
    await enqueueMessages(client, [{
      dedupeKey: `survey-invitation:${requestId}`, kind: "survey-invitation", to: request.email, requestId,
      subject: `Survei kepuasan layanan informasi ${request.registrationNumber}`,
      body: `Permohonan informasi ${request.registrationNumber} telah selesai. Mohon kesediaan Anda mengisi Survei Kepuasan Masyarakat (9 pertanyaan singkat) melalui tautan berikut (berlaku satu kali, sampai dengan ${formatDate(promisedDay)}):\n${publicUrl(surveyLinkPath(created.token))}${EMAIL_SIGNATURE}`,
    }]);
  }
  return { token: created.token, used: created.usedAt !== null, lastDay: promisedDay, valid: isSurveyLinkValidOn(promisedDay, today) };
}

export async function findInvitation(client: Db | Tx, token: string) {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  return client.surveyInvitation.findUnique({
    where: { token },
    select: { id: true, usedAt: true, validUntil: true, request: { select: { registrationNumber: true, informationRequested: true } } },
  });
}

/** What /survei/[token] shows: an unknown, spent or expired link, or the form of an open one. */
export type InvitationView =
  | { kind: "unknown" }
  | { kind: "used" }
  | { kind: "expired"; lastDay: CalendarDate }
  | { kind: "open"; registrationNumber: string; lastDay: CalendarDate };

export async function invitationView(client: Db | Tx, token: string, now = new Date()): Promise<InvitationView> {
  const invitation = await findInvitation(client, token);
  if (!invitation) return { kind: "unknown" };
  if (invitation.usedAt) return { kind: "used" };
  const lastDay = calendarDateFromUtcDate(invitation.validUntil);
  if (!isSurveyLinkValidOn(lastDay, await officeToday(now, client))) return { kind: "expired", lastDay };
  return { kind: "open", registrationNumber: invitation.request.registrationNumber, lastDay };
}

/** For /lacak after number + code matched: the survey link of a completed request, created on first view. */
export async function surveyLinkOfVerifiedRequest(client: Db, registrationNumber: string, now = new Date()): Promise<SurveyLinkNotice | null> {
  const request = await client.informationRequest.findUnique({ where: { registrationNumber }, select: { id: true, status: true } });
  if (!request || request.status !== "SELESAI") return null;
  const link = await client.$transaction((tx) => ensureSurveyInvitation(tx, request.id, now));
  if (!link) return null;
  return { path: link.token && link.valid ? surveyLinkPath(link.token) : null, used: link.used, lastDay: link.lastDay };
}

/** /lacak's survey notice: `path` is null once the link can no longer be used. */
export type SurveyLinkNotice = { path: string | null; used: boolean; lastDay: CalendarDate };
