"use server";
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/guard";
import type { ActionResult } from "@/lib/action-result";
import { formValues, refusalResult } from "@/lib/action-failure";
import { redirect } from "next/navigation";
import { acknowledgeGuide, createGuideDocument, publishGuideVersion } from "./services";

function revalidateGuides(documentId: string) {
  revalidatePath("/staf/sop");
  revalidatePath(`/staf/sop/${documentId}`);
  revalidatePath("/standar-layanan");
}

export async function publishGuideVersionAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("manageGuides");
  const values = formValues(formData, ["documentId", "body", "effectiveDate", "approverName", "changeNote"]);
  let version: number;
  try {
    version = await publishGuideVersion(user, values);
  } catch (error) {
    return refusalResult(error, values);
  }
  revalidateGuides(values.documentId);
  return { ok: true, message: `Versi ${version} diterbitkan.` };
}

export async function acknowledgeGuideAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("acknowledgeGuide");
  const values = formValues(formData, ["documentId"]);
  try {
    await acknowledgeGuide(user, values.documentId);
  } catch (error) {
    return refusalResult(error, values);
  }
  revalidateGuides(values.documentId);
  return { ok: true, message: "Terima kasih, konfirmasi telah membaca versi yang berlaku dicatat." };
}

export async function createGuideDocumentAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("manageGuides");
  const values = formValues(formData, ["code", "title", "kind", "isPublic", "body", "effectiveDate", "approverName", "changeNote"]);
  let id: string;
  try {
    id = await createGuideDocument(user, values);
  } catch (error) {
    return refusalResult(error, values);
  }
  revalidateGuides(id);
  redirect(`/staf/sop/${id}`);
}
