"use server";
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { formValues, refusalResult } from "@/lib/action-failure";
import { requirePermission } from "@/lib/auth/guard";
import { issueLetter } from "./issue-letter";

/** Issues a numbered letter for a request (or, with objectionId, the keberatan answer). */
export async function issueLetterAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("issueLetter");
  const values = formValues(formData, ["requestId", "kind", "objectionId"]);
  try {
    await issueLetter(user, values);
  } catch (error) {
    return refusalResult(error, values);
  }
  revalidatePath(`/staf/permohonan/${values.requestId}`);
  if (values.objectionId) revalidatePath(`/staf/keberatan/${values.objectionId}`);
  return { ok: true, message: "Surat diterbitkan dan disimpan bersama permohonan." };
}
