import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { writeAudit } from "@/lib/audit/write-audit";
import { normalizeRegistrationNumber } from "@/lib/requests/public-tracking";
import { parseOrRefuse, RuleError } from "@/lib/rule-error";
import { isChosenFile, type FileLike } from "./limits";
import { discardUpload, recordUpload, storeUpload } from "./save-upload";
import { getUploadRules } from "./upload-settings";

const attachSchema = z.object({ requestId: z.string("Data yang dipilih tidak dikenal.").min(1, "Data yang dipilih tidak dikenal."), note: z.string("Isian harus berupa teks.").trim().max(500, "Keterangan maksimal 500 karakter.").optional().transform((v) => v || null) });

/** Attaches a file of delivered information to a request; the requester downloads it at /lacak. */
export async function attachDeliveredFile(user: StaffUser, input: Record<string, unknown>, file: FileLike | null, now = new Date()): Promise<string> {
  assertPermission(user, "processRequest");
  const data = parseOrRefuse(attachSchema, input);
  if (!isChosenFile(file)) throw RuleError.at("file", "Pilih berkas informasi yang akan diserahkan.");
  if (!(await db.informationRequest.findUnique({ where: { id: data.requestId }, select: { id: true } }))) throw new RuleError("Permohonan tidak ditemukan.");
  const stored = await storeUpload(file, await getUploadRules());
  try {
    return await db.$transaction(async (tx) => {
      const fileId = await recordUpload(tx, stored);
      const row = await tx.requestAttachment.create({ data: { requestId: data.requestId, fileId, note: data.note, createdById: user.id, createdAt: now }, select: { id: true } });
      await tx.requestEvent.create({ data: { requestId: data.requestId, type: "INFORMASI_DILAMPIRKAN", note: stored.originalName, data: { fileId }, actorId: user.id, at: now } });
      await writeAudit(tx, user, { action: "request.attachFile", entityType: "InformationRequest", entityId: data.requestId, after: { fileId, name: stored.originalName, size: stored.size } });
      return row.id;
    });
  } catch (error) {
    await discardUpload(stored);
    throw error;
  }
}

const SELECT = { id: true, note: true, createdAt: true, file: { select: { id: true, originalName: true, size: true } } } as const;

export async function attachmentsOfRequest(user: StaffUser, requestId: string) {
  assertPermission(user, "readRequests");
  return db.requestAttachment.findMany({ where: { requestId }, orderBy: { createdAt: "asc" }, select: SELECT });
}

/** Call ONLY after the request number + tracking code were checked (lookupTrackedRequest). */
export async function attachmentsOfVerifiedRequest(requestNumber: string) {
  return db.requestAttachment.findMany({ where: { request: { registrationNumber: normalizeRegistrationNumber(requestNumber) } }, orderBy: { createdAt: "asc" }, select: SELECT });
}
