"use server";
// Staff steps on a pengaduan: guard first, then the service (status rule, change, audit), then revalidate.
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { formValues, refusalResult } from "@/lib/action-failure";
import { requirePermission } from "@/lib/auth/guard";
import { assignComplaint, resolveComplaint, respondComplaint, triageComplaint } from "./services";

async function run(formData: FormData, fields: string[], success: string, work: (v: Record<string, string>) => Promise<void>): Promise<ActionResult> {
  const values = formValues(formData, ["complaintId", ...fields]);
  try {
    await work(values);
  } catch (error) {
    return refusalResult(error, values);
  }
  revalidatePath(`/staf/pengaduan/${values.complaintId}`);
  revalidatePath("/staf/pengaduan");
  return { ok: true, message: success };
}

export async function triageComplaintAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("handleComplaint");
  return run(formData, ["note"], "Pengaduan ditelaah.", (v) => triageComplaint(user, v));
}

export async function assignComplaintAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("handleComplaint");
  return run(formData, ["assigneeId"], "Petugas ditugaskan.", (v) => assignComplaint(user, v));
}

export async function respondComplaintAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("handleComplaint");
  return run(formData, ["response"], "Tanggapan disimpan dan dapat dilihat pelapor melalui kode pelacakan.", (v) => respondComplaint(user, v));
}

export async function resolveComplaintAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("handleComplaint");
  return run(formData, ["note"], "Pengaduan diselesaikan.", (v) => resolveComplaint(user, v));
}
