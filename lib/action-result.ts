// The shape every server action returns to its form (next-learn style), so fields show their own errors.
export type ActionResult<F extends string = string> = {
  ok: boolean;
  message?: string;
  fieldErrors?: Partial<Record<F, string[]>>;
  /** Raw values echoed back so nothing typed is lost after a refusal. */
  values?: Record<string, string>;
};

export const initialActionResult: ActionResult = { ok: false };
