import "server-only";
import { consumeRateLimit, RATE_LIMITS, retryAfterText } from "@/lib/rate-limit";
import { findRequestForTracking, type PublicRequestView } from "@/lib/requests/public-tracking";
import { cleanInput } from "@/lib/text/clean-input";

export const TRACKING_NOT_FOUND_MESSAGE =
  "Permohonan tidak ditemukan. Periksa kembali nomor registrasi dan kode pelacakan pada bukti permohonan Anda.";

export type TrackingLookup =
  | { kind: "found"; request: PublicRequestView }
  | { kind: "not-found"; message: string }
  | { kind: "invalid"; message: string }
  | { kind: "limited"; message: string; retryAfterSeconds: number };

/**
 * One tracking look-up as the receipt page, /lacak and /api/lacak do it: counted against the
 * client's limit first (guessing codes must be slow), then the number + code pair is checked.
 */
export async function lookupTrackedRequest(
  registrationNumber: string | null | undefined,
  trackingCode: string | null | undefined,
  clientIp: string,
): Promise<TrackingLookup> {
  const number = cleanInput(registrationNumber ?? "").trim();
  const code = cleanInput(trackingCode ?? "").trim();
  if (!number || !code) {
    return { kind: "invalid", message: "Isi nomor registrasi dan kode pelacakan yang tertera pada bukti permohonan." };
  }
  if (number.length > 100 || code.length > 40) return { kind: "not-found", message: TRACKING_NOT_FOUND_MESSAGE };

  const limit = await consumeRateLimit(RATE_LIMITS.trackingLookup, clientIp);
  if (!limit.allowed) {
    return {
      kind: "limited",
      retryAfterSeconds: limit.retryAfterSeconds,
      message: `Terlalu banyak percobaan pelacakan dari jaringan Anda. ${retryAfterText(limit.retryAfterSeconds)}`,
    };
  }
  const request = await findRequestForTracking(number, code);
  return request ? { kind: "found", request } : { kind: "not-found", message: TRACKING_NOT_FOUND_MESSAGE };
}
