import "server-only";
import { createHash, randomInt, timingSafeEqual } from "node:crypto";

// No 0/O, 1/I/L: a code read aloud on the phone or copied from paper cannot be mistyped that way.
export const TRACKING_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const TRACKING_CODE_LENGTH = 10; // 31^10 ≈ 8·10^14 combinations

/** A fresh secret code from a cryptographic random source. */
export function generateTrackingCode(): string {
  let code = "";
  for (let i = 0; i < TRACKING_CODE_LENGTH; i++) code += TRACKING_ALPHABET[randomInt(TRACKING_ALPHABET.length)];
  return code;
}

/** What people type ("abcde-fghjk ") → the stored form ("ABCDEFGHJK"). */
export function normalizeTrackingCode(input: string): string {
  return input.toUpperCase().replace(/[^0-9A-Z]/g, "");
}

/** "ABCDE-FGHJK": easier to read and copy; the dash is ignored when typed back. */
export function formatTrackingCode(code: string): string {
  return code.length === TRACKING_CODE_LENGTH ? `${code.slice(0, 5)}-${code.slice(5)}` : code;
}

/**
 * Constant-time comparison of a typed code with the stored one. Hashing first gives equal-length
 * inputs, so neither the content nor the length of the stored code leaks through timing.
 */
export function trackingCodesMatch(typed: string, stored: string): boolean {
  const a = createHash("sha256").update(normalizeTrackingCode(typed)).digest();
  const b = createHash("sha256").update(stored).digest();
  return timingSafeEqual(a, b);
}
