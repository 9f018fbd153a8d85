"use server";
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { formValues, refusalResult } from "@/lib/action-failure";
import { requirePermission } from "@/lib/auth/guard";
import { updateReportSignatory } from "./report-signatory-service";

export async function saveReportSignatoryAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("manageSettings");
  const values = formValues(formData, ["name", "title", "nip"]);
  try {
    const { changed } = await updateReportSignatory(user, values);
    if (!changed) return { ok: true, message: "Tidak ada perubahan penanda tangan laporan.", values };
  } catch (error) {
    return refusalResult(error, values);
  }
  revalidatePath("/staf", "layout");
  return { ok: true, message: "Penanda tangan laporan disimpan. Laporan yang dibuat sesudah ini memakai nama, jabatan dan NIP yang baru.", values };
}
