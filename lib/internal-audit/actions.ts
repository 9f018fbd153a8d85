"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import type { ActionResult } from "@/lib/action-result";
import { formValues, refusalResult } from "@/lib/action-failure";
import { storeEvidence } from "@/lib/files/evidence-upload";
import { createAudit } from "./services/create-audit";
import { reviseAudit, scoreAuditItem, submitAudit } from "./services/score-audit";
import { raiseFinding, recordFollowUp } from "./services/findings";

async function run(formData: FormData, fields: string[], ok: string, work: (v: Record<string, string>) => Promise<unknown>, paths: string[]): Promise<ActionResult> {
  const values = formValues(formData, fields);
  try {
    await work(values);
  } catch (error) {
    return refusalResult(error, values);
  }
  for (const p of paths) revalidatePath(p);
  return { ok: true, message: ok };
}

export async function createAuditAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("scoreAudit");
  const values = formValues(formData, ["period"]);
  let id: string;
  try {
    id = await createAudit(user, values);
  } catch (error) {
    return refusalResult(error, values);
  }
  revalidatePath("/staf/audit");
  redirect(`/staf/audit/${id}`);
}

export async function scoreAuditItemAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("scoreAudit");
  const fields = ["auditId", "itemId", "score", "note", "evidenceLink", "overrideReason"];
  const upload = await storeEvidence(formData.get("evidenceFile"), "evidenceFile");
  if (!upload.ok) return { ...upload.result, values: formValues(formData, fields) };
  const result = await run(formData, fields, "Nilai butir disimpan.", (v) => scoreAuditItem(user, v, undefined, upload.stored), [`/staf/audit/${formData.get("auditId")}`]);
  if (!result.ok) await upload.discard();
  return result;
}

export async function submitAuditAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("scoreAudit");
  return run(formData, ["auditId", "summary"], "Audit dikirim dan dikunci.", (v) => submitAudit(user, v), [`/staf/audit/${formData.get("auditId")}`, "/staf/audit"]);
}

export async function reviseAuditAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("scoreAudit");
  const values = formValues(formData, ["auditId", "reason"]);
  let id: string;
  try {
    id = await reviseAudit(user, values);
  } catch (error) {
    return refusalResult(error, values);
  }
  revalidatePath("/staf/audit");
  redirect(`/staf/audit/${id}`);
}

export async function raiseFindingAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("scoreAudit");
  const fields = ["auditId", "itemId", "title", "description", "severity", "ownerId", "dueDate"];
  const result = await run(formData, fields, "Temuan dicatat.", (v) => raiseFinding(user, v), [`/staf/audit/${formData.get("auditId")}`, "/staf/temuan", "/staf"]);
  return result.ok ? { ...result, values: {} } : result;
}

export async function recordFollowUpAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("followUpFinding");
  const fields = ["findingId", "note", "evidenceLink", "close"];
  return run(formData, fields, "Tindak lanjut dicatat.", (v) => recordFollowUp(user, v), [`/staf/temuan/${formData.get("findingId")}`, "/staf/temuan", "/staf"]);
}
