import type { z } from "zod";

/**
 * A business rule or validation refused a change. Services throw it; actions turn it into an
 * ActionResult so the message appears at the field that caused it (or above the form).
 */
export class RuleError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
    this.name = "RuleError";
  }

  /** Refusal caused by one field. */
  static at(field: string, message: string): RuleError {
    return new RuleError(message, { [field]: [message] });
  }

  /** Refusal from a zod schema, keeping every field's messages. */
  static fromZod(error: z.ZodError, message = "Periksa kembali isian yang ditandai."): RuleError {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of error.issues) {
      const key = issue.path.length > 0 ? issue.path.map(String).join(".") : "_form";
      (fieldErrors[key] ??= []).push(issue.message);
    }
    const formLevel = fieldErrors._form?.[0];
    return new RuleError(formLevel ?? message, fieldErrors);
  }
}

/** Parses with a schema, throwing RuleError (never ZodError) so callers handle one error type. */
export function parseOrRefuse<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw RuleError.fromZod(parsed.error);
  return parsed.data;
}
