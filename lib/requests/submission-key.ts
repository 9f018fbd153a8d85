/**
 * Form fields that are not part of the request itself.
 * - The submission key makes a submission idempotent: the form carries one random key per form
 *   instance, InformationRequest.submissionKey is unique, so a replay returns the first request.
 * - The honeypot is a field people never see; simple bots fill it in.
 */
export const SUBMISSION_KEY_FIELD = "submissionKey";
export const HONEYPOT_FIELD = "website";
/** Set by the script-driven submit: the browser kept the chosen file, so no need to re-select it. */
export const SCRIPTED_SUBMIT_FIELD = "scripted";

const KEY_PATTERN = /^[A-Za-z0-9-]{16,64}$/;

/** A well-formed key, or null (then the submission simply is not deduplicated). */
export function parseSubmissionKey(value: string | null | undefined): string | null {
  const key = value?.trim() ?? "";
  return KEY_PATTERN.test(key) ? key : null;
}

/** A fresh random key (Web Crypto: the same in the browser and on the server). */
export function newSubmissionKey(): string {
  return crypto.randomUUID();
}
