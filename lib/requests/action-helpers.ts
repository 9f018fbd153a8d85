import "server-only";
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { formValues, refusalResult } from "@/lib/action-failure";

/** Pages that show a request's state: its own page, the inbox, the dashboard and the register. */
export function revalidateRequestPages(requestId?: string): void {
  if (requestId) revalidatePath(`/staf/permohonan/${requestId}`);
  revalidatePath("/staf/permohonan");
  revalidatePath("/staf");
  revalidatePath("/staf/register");
}

/**
 * Runs a request service for a posted form: success → revalidate and a confirmation; a refusal
 * (RuleError, ForbiddenError) → messages at their fields plus the typed values, so nothing is lost.
 */
export async function runRequestAction(
  formData: FormData,
  fields: readonly string[],
  successMessage: string,
  work: (values: Record<string, string>) => Promise<void>,
): Promise<ActionResult> {
  const values = formValues(formData, ["requestId", ...fields]);
  try {
    await work(values);
  } catch (error) {
    return refusalResult(error, values);
  }
  revalidateRequestPages(values.requestId);
  return { ok: true, message: successMessage };
}
