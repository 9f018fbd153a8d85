import "server-only";
import { db } from "@/lib/db";
import { consumeRateLimit, RATE_LIMITS, retryAfterText } from "@/lib/rate-limit";
import { normalizeRegistrationNumber } from "@/lib/requests/public-tracking";
import { generateTrackingCode, trackingCodesMatch } from "@/lib/requests/tracking-code";
import { CATEGORY_LABELS, COMPLAINT_STATUS_LABELS } from "./labels";

export type PublicComplaintView = {
  registrationNumber: string;
  receivedAt: Date;
  category: string;
  status: string;
  description: string;
  response: string | null;
  respondedAt: Date | null;
  resolvedAt: Date | null;
  steps: { label: string; at: Date }[];
};

export const COMPLAINT_NOT_FOUND = "Pengaduan tidak ditemukan. Periksa kembali nomor pengaduan dan kode pelacakan.";
const DECOY_CODE = generateTrackingCode();

export type ComplaintLookup = { kind: "found"; complaint: PublicComplaintView } | { kind: "refused"; message: string };

/** Status by number + code, counted against the same per-client limit as request tracking. */
export async function lookupComplaint(number: string, code: string, clientIp: string): Promise<ComplaintLookup> {
  if (!number.trim() || !code.trim()) return { kind: "refused", message: "Isi nomor pengaduan dan kode pelacakan." };
  if (number.length > 100 || code.length > 40) return { kind: "refused", message: COMPLAINT_NOT_FOUND };
  const limit = await consumeRateLimit(RATE_LIMITS.trackingLookup, clientIp);
  if (!limit.allowed) return { kind: "refused", message: `Terlalu banyak percobaan dari jaringan Anda. ${retryAfterText(limit.retryAfterSeconds)}` };
  const row = await db.complaint.findUnique({
    where: { registrationNumber: normalizeRegistrationNumber(number) },
    select: { registrationNumber: true, trackingCode: true, receivedAt: true, category: true, status: true, description: true, response: true, respondedAt: true, triagedAt: true, resolvedAt: true },
  });
  const matches = trackingCodesMatch(code, row?.trackingCode ?? DECOY_CODE);
  if (!row || !matches) return { kind: "refused", message: COMPLAINT_NOT_FOUND };
  const steps = [
    { label: "Pengaduan diterima", at: row.receivedAt },
    row.triagedAt && { label: "Pengaduan ditelaah", at: row.triagedAt },
    row.respondedAt && { label: "Pengaduan ditanggapi", at: row.respondedAt },
    row.resolvedAt && { label: "Pengaduan selesai", at: row.resolvedAt },
  ].filter((s): s is { label: string; at: Date } => Boolean(s));
  return {
    kind: "found",
    complaint: {
      registrationNumber: row.registrationNumber, receivedAt: row.receivedAt, category: CATEGORY_LABELS[row.category],
      status: COMPLAINT_STATUS_LABELS[row.status], description: row.description, response: row.response,
      respondedAt: row.respondedAt, resolvedAt: row.resolvedAt, steps,
    },
  };
}
