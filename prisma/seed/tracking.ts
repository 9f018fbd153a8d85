/**
 * Demo tracking codes: same alphabet and length as the portal's (lib/requests/tracking-code.ts),
 * but drawn from the seeded PRNG so a fresh demo database always gets the same codes.
 * The portal itself keeps using its cryptographic generator.
 */
import { TRACKING_ALPHABET, TRACKING_CODE_LENGTH } from "@/lib/requests/tracking-code";
import type { Rng } from "./random";

export function demoTrackingCode(rng: Rng): string {
  let code = "";
  for (let i = 0; i < TRACKING_CODE_LENGTH; i++) code += TRACKING_ALPHABET[rng.int(0, TRACKING_ALPHABET.length - 1)];
  return code;
}
