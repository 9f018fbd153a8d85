import "server-only";
import { db } from "@/lib/db";
import { zonedDateTime } from "@/lib/deadlines/time-zone";
import { discardUpload, recordUpload, storeUpload, type StoredUpload } from "@/lib/files/save-upload";
import { isChosenFile, type FileLike } from "@/lib/files/limits";
import { getUploadRules } from "@/lib/files/upload-settings";
import { getAgencyProfile } from "@/lib/settings/agency";
import { getClockSettings } from "@/lib/settings/clock";
import { formatRegistrationNumber, takeNextSequence } from "@/lib/requests/numbering";
import { normalizeRegistrationNumber } from "@/lib/requests/public-tracking";
import { generateTrackingCode } from "@/lib/requests/tracking-code";
import { RuleError } from "@/lib/rule-error";
import type { ComplaintInput } from "./schema";
import { notifyStaffOfComplaint } from "@/lib/notifications/messages";

export const MAX_COMPLAINT_ATTACHMENTS = 5;

export type CreatedComplaint = { id: string; registrationNumber: string; trackingCode: string };

/**
 * Registers a pengaduan: gapless PENGADUAN number, a secret tracking code, attachments checked by
 * content. Anonymous complaints keep no contact at all. Throws RuleError / UploadRejectedError.
 */
export async function createComplaint(input: ComplaintInput, files: FileLike[], receivedAt = new Date()): Promise<CreatedComplaint> {
  const chosen = files.filter(isChosenFile);
  if (chosen.length > MAX_COMPLAINT_ATTACHMENTS) throw RuleError.at("attachments", `Lampiran paling banyak ${MAX_COMPLAINT_ATTACHMENTS} berkas.`);
  const request = input.requestNumber
    ? await db.informationRequest.findUnique({ where: { registrationNumber: normalizeRegistrationNumber(input.requestNumber) }, select: { id: true } })
    : null;
  if (input.requestNumber && !request) throw RuleError.at("requestNumber", "Nomor registrasi permohonan tidak ditemukan. Kosongkan bila tidak terkait permohonan.");

  const [settings, agency, rules] = await Promise.all([getClockSettings(), getAgencyProfile(), getUploadRules()]);
  const stored: StoredUpload[] = [];
  try {
    for (const file of chosen) stored.push(await storeUpload(file, rules));
    const year = Number(zonedDateTime(receivedAt, settings.timeZone).date.slice(0, 4));
    return await db.$transaction(async (tx) => {
      const sequence = await takeNextSequence(tx, "PENGADUAN", year);
      const contact = input.anonymous ? { contactName: null, contactEmail: null, contactPhone: null } : { contactName: input.contactName, contactEmail: input.contactEmail, contactPhone: input.contactPhone };
      const row = await tx.complaint.create({
        data: {
          registrationNumber: formatRegistrationNumber("PENGADUAN", agency.registrationCode, year, sequence), year, sequence,
          trackingCode: generateTrackingCode(), category: input.category, description: input.description, requestId: request?.id ?? null,
          anonymous: input.anonymous, ...contact, receivedAt,
        },
        select: { id: true, registrationNumber: true, trackingCode: true },
      });
      for (const s of stored) await tx.complaintAttachment.create({ data: { complaintId: row.id, fileId: await recordUpload(tx, s) } });
      await notifyStaffOfComplaint(tx, row);
      return row;
    });
  } catch (error) {
    await Promise.all(stored.map((s) => discardUpload(s)));
    throw error;
  }
}
