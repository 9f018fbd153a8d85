import "server-only";
import { createHash } from "node:crypto";
import type { RequestFormInput } from "@/lib/requests/schema";

/**
 * The stored idempotency key: the form's random key bound to what was submitted. A replay (double
 * click, refresh, retry) sends the same key and the same content, so it finds the first request; a
 * different request typed into the same form instance (e.g. after the browser's Back button restored
 * the page) gets its own key and is saved as a new request instead of silently returning the old receipt.
 */
export function submissionKeyFor(formKey: string, input: RequestFormInput): string {
  const { powerOfAttorney, ...fields } = input;
  const file = powerOfAttorney ? { name: powerOfAttorney.name, size: powerOfAttorney.size } : null;
  const content = JSON.stringify({ ...fields, file }, Object.keys({ ...fields, file }).sort());
  return createHash("sha256").update(formKey).update("\n").update(content).digest("hex");
}
