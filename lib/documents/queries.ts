import "server-only";
import { db } from "@/lib/db";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { normalizeRegistrationNumber } from "@/lib/requests/public-tracking";

const LIST = { id: true, number: true, kind: true, issuedAt: true } as const;

export async function lettersOfRequest(user: StaffUser, requestId: string) {
  assertPermission(user, "readRequests");
  return db.letterDocument.findMany({ where: { requestId }, orderBy: { issuedAt: "asc" }, select: LIST });
}

export async function lettersOfObjection(user: StaffUser, objectionId: string) {
  assertPermission(user, "readObjections");
  return db.letterDocument.findMany({ where: { objectionId }, orderBy: { issuedAt: "asc" }, select: LIST });
}

/** Call ONLY after the request number + tracking code were checked (lookupTrackedRequest). */
export async function lettersOfVerifiedRequest(requestNumber: string) {
  return db.letterDocument.findMany({ where: { request: { registrationNumber: normalizeRegistrationNumber(requestNumber) } }, orderBy: { issuedAt: "asc" }, select: LIST });
}

/** A letter of that request only (null for a letter of any other request: no probing by id). */
export async function letterOfRequest(letterId: string, requestNumber: string) {
  return db.letterDocument.findFirst({
    where: { id: letterId, request: { registrationNumber: normalizeRegistrationNumber(requestNumber) } },
    select: { number: true, html: true },
  });
}

export async function letterForStaff(user: StaffUser, letterId: string) {
  assertPermission(user, "readRequests");
  return db.letterDocument.findUnique({ where: { id: letterId }, select: { number: true, html: true, requestId: true } });
}

/** "0003/SRT/PPID-DPP/2026" → "surat-0003-SRT-PPID-DPP-2026.pdf". */
export const letterFilename = (number: string) => `surat-${number.replace(/[^A-Za-z0-9-]+/g, "-")}.pdf`;
