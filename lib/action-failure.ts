import "server-only";
import type { ActionResult } from "@/lib/action-result";
import { ForbiddenError } from "@/lib/auth/guard";
import { RuleError } from "@/lib/rule-error";
import { cleanInput } from "@/lib/text/clean-input";

export const CHECK_FIELDS = "Periksa kembali isian yang ditandai.";

/**
 * Turns a refusal thrown by a service into the ActionResult the form shows; echoes the typed
 * values so nothing is lost. Unexpected errors are re-thrown (Next.js shows its error page).
 */
export function refusalResult(error: unknown, values: Record<string, string> = {}): ActionResult {
  if (error instanceof RuleError) {
    // A message already shown at its field is not repeated above the form.
    const atField = Object.values(error.fieldErrors).some((messages) => messages.includes(error.message));
    return { ok: false, message: atField ? CHECK_FIELDS : error.message, fieldErrors: error.fieldErrors, values };
  }
  if (error instanceof ForbiddenError) return { ok: false, message: error.message, values };
  throw error;
}

/** Text fields of a form as plain strings (files and missing fields become ""). */
export function formValues(formData: FormData, names: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of names) {
    const value = formData.get(name);
    values[name] = typeof value === "string" ? cleanInput(value) : "";
  }
  return values;
}
