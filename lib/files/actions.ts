"use server";
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { formValues, refusalResult } from "@/lib/action-failure";
import { requirePermission } from "@/lib/auth/guard";
import { attachDeliveredFile } from "./request-attachments";
import { UploadRejectedError } from "./save-upload";

export async function attachDeliveredFileAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("processRequest");
  const values = formValues(formData, ["requestId", "note"]);
  try {
    const file = formData.get("file");
    await attachDeliveredFile(user, values, file instanceof File ? file : null);
  } catch (error) {
    if (error instanceof UploadRejectedError) return { ok: false, message: "Berkas tidak dapat diterima.", fieldErrors: { file: [error.message] }, values };
    return refusalResult(error, values);
  }
  revalidatePath(`/staf/permohonan/${values.requestId}`);
  return { ok: true, message: "Berkas dilampirkan; pemohon dapat mengunduhnya di halaman lacak." };
}
