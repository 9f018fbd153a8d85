import "server-only";
import { db, type Tx } from "@/lib/db";
import type { StaffUser } from "@/lib/auth/guard";
import { writeAudit } from "@/lib/audit/write-audit";
import { officeDateOf } from "@/lib/datetime/zoned-to-utc";
import { calendarDateFromUtcDate, calendarDateToUtcDate } from "@/lib/deadlines";
import { loadClock } from "@/lib/deadlines/calendar-store";
import { discardUpload, recordUpload, storeUpload, type StoredUpload } from "@/lib/files/save-upload";
import { isChosenFile, type FileLike } from "@/lib/files/limits";
import { getUploadRules } from "@/lib/files/upload-settings";
import type { RequestChannel } from "@/lib/generated/prisma/enums";
import { getAgencyProfile } from "@/lib/settings/agency";
import { formatRegistrationNumber, takeNextSequence } from "@/lib/requests/numbering";
import { RuleError } from "@/lib/rule-error";
import type { ObjectionContent } from "./schema";
import { answerDeadline, filingWindow } from "./windows";
import { groundRefusal } from "./ground-rules";
import { formatDate } from "@/lib/format/dates";
import { notifyStaffOfObjection } from "@/lib/notifications/messages";

export type CreateObjectionOptions = {
  requestId: string;
  channel: RequestChannel;
  receivedAt: Date;
  /** The officer who registered a paper objection; null when filed on the portal. */
  actor: StaffUser | null;
  proxyFile?: FileLike | null;
};

export type CreatedObjection = { id: string; registrationNumber: string; late: boolean; filingDueDate: string; answerDueDate: string };

/**
 * Registers a keberatan against a request: its own gapless number (KEBERATAN sequence), the filing
 * window (late filings are kept and flagged, an officer may accept them) and the Atasan's answer
 * deadline, both on the request clock. Throws RuleError / UploadRejectedError.
 */
export async function createObjection(content: ObjectionContent, options: CreateObjectionOptions): Promise<CreatedObjection> {
  const file = content.viaProxy && isChosenFile(options.proxyFile) ? options.proxyFile : null;
  if (content.viaProxy && !file && !options.actor) throw RuleError.at("proxyFile", "Unggah surat kuasa bila keberatan diajukan melalui kuasa.");
  const stored: StoredUpload | null = file ? await storeUpload(file, await getUploadRules()) : null;
  try {
    return await db.$transaction((tx) => insertObjection(tx, content, options, stored), { maxWait: 15_000, timeout: 30_000 });
  } catch (error) {
    await discardUpload(stored);
    throw error;
  }
}

async function insertObjection(tx: Tx, content: ObjectionContent, options: CreateObjectionOptions, stored: StoredUpload | null) {
  const request = await tx.informationRequest.findUnique({
    where: { id: options.requestId },
    select: { id: true, noticeDate: true, dueDate: true, receivedAt: true, outcome: true },
  });
  if (!request) throw new RuleError("Permohonan tidak ditemukan.");
  const [clock, agency] = await Promise.all([loadClock(tx), getAgencyProfile()]);
  const filedOn = officeDateOf(options.receivedAt, clock.settings.timeZone);
  if (options.receivedAt < request.receivedAt) {
    throw RuleError.at("receivedDate", "Keberatan tidak dapat diterima sebelum permohonannya diterima.");
  }
  const day = (d: Date | null) => (d ? calendarDateFromUtcDate(d) : null);
  const refusal = groundRefusal(content.grounds, { outcome: request.outcome, noticeDate: day(request.noticeDate), dueDate: day(request.dueDate) }, filedOn, formatDate);
  if (refusal) throw RuleError.at("grounds", refusal);
  const window = filingWindow({ noticeDate: day(request.noticeDate), dueDate: day(request.dueDate) }, filedOn, clock.calendar, clock.settings);
  const answer = answerDeadline(options.receivedAt, clock.calendar, clock.settings);
  const warnings = [...new Set([...window.warnings, ...answer.warnings])];

  const year = Number(filedOn.slice(0, 4));
  const sequence = await takeNextSequence(tx, "KEBERATAN", year);
  const registrationNumber = formatRegistrationNumber("KEBERATAN", agency.registrationCode, year, sequence);
  const proxyFileId = stored ? await recordUpload(tx, stored) : null;
  const row = await tx.objection.create({
    data: {
      registrationNumber, year, sequence, requestId: request.id, channel: options.channel, receivedAt: options.receivedAt,
      grounds: content.grounds, reasons: content.reasons, viaProxy: content.viaProxy, proxyName: content.viaProxy ? content.proxyName : null,
      proxyFileId, groundArose: calendarDateToUtcDate(window.groundArose), filingDueDate: calendarDateToUtcDate(window.filingDueDate),
      late: window.late, answerDueDate: calendarDateToUtcDate(answer.answerDueDate),
      holidayDataWarning: warnings.length ? warnings.join(" ") : null, createdById: options.actor?.id ?? null,
    },
    select: { id: true, registrationNumber: true },
  });
  await tx.requestEvent.create({
    data: {
      requestId: request.id, type: "KEBERATAN_DIAJUKAN", note: `Keberatan ${registrationNumber}${window.late ? " (melewati batas waktu pengajuan)" : ""}`,
      data: { objectionId: row.id, grounds: content.grounds }, actorId: options.actor?.id ?? null, at: options.receivedAt,
    },
  });
  await notifyStaffOfObjection(tx, { id: row.id, registrationNumber, requestId: request.id, late: window.late });
  if (options.actor) {
    await writeAudit(tx, options.actor, { action: "objection.register", entityType: "Objection", entityId: row.id, after: { registrationNumber, channel: options.channel } });
  }
  return { ...row, late: window.late, filingDueDate: window.filingDueDate, answerDueDate: answer.answerDueDate };
}
