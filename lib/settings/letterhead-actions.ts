"use server";
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { formValues, refusalResult } from "@/lib/action-failure";
import { requirePermission } from "@/lib/auth/guard";
import { UploadRejectedError } from "@/lib/files/save-upload";
import { updateLetterhead } from "./letterhead-service";

const FIELDS = ["city", "ppidName", "ppidNip", "ppidPosition", "maxMegabytes"] as const;

export async function saveLetterheadAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("manageSettings");
  const values = formValues(formData, FIELDS);
  try {
    const logo = formData.get("logo");
    await updateLetterhead(user, values, logo instanceof File ? logo : null);
  } catch (error) {
    if (error instanceof UploadRejectedError) return { ok: false, message: "Logo tidak dapat diterima.", fieldErrors: { logo: [error.message] }, values };
    return refusalResult(error, values);
  }
  revalidatePath("/staf/admin/kop-surat");
  return { ok: true, message: "Kop surat dan batas unggahan disimpan.", values };
}
