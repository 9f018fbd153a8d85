"use server";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import type { ActionResult } from "@/lib/action-result";
import { revalidateRequestPages } from "@/lib/requests/action-helpers";
import { echoRequestValues, formText, hadChosenFile, requestValuesFromFormData } from "@/lib/requests/form-data";
import { registerOfflineRequest } from "@/lib/requests/services/register-offline-request";
import { RuleError } from "@/lib/rule-error";
import { parseSubmissionKey, SCRIPTED_SUBMIT_FIELD, SUBMISSION_KEY_FIELD } from "@/lib/requests/submission-key";

const OFFLINE_FIELDS = ["channel", "receivedAt"] as const;

/** Staff: register a request received by e-mail, letter, at the desk or by phone; then open its page. */
export async function registerOfflineRequestAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("registerRequest");
  const extra = Object.fromEntries(OFFLINE_FIELDS.map((name) => [name, formText(formData, name)]));
  let id: string;
  try {
    const created = await registerOfflineRequest(
      user,
      { ...requestValuesFromFormData(formData), ...extra },
      { submissionKey: parseSubmissionKey(formText(formData, SUBMISSION_KEY_FIELD)) },
    );
    id = created.id;
  } catch (error) {
    if (!(error instanceof RuleError)) throw error;
    // Without JavaScript the page reloads and the file input comes back empty: say so.
    const fileLost = hadChosenFile(formData) && formText(formData, SCRIPTED_SUBMIT_FIELD) !== "1";
    return {
      ok: false,
      message: error.message + (fileLost ? " Pilih ulang berkas surat kuasa." : ""),
      fieldErrors: error.fieldErrors,
      values: { ...echoRequestValues(formData), ...extra },
    };
  }
  revalidateRequestPages(id);
  redirect(`/staf/permohonan/${id}?terdaftar=1`);
}
