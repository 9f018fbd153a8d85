"use server";
// Staff actions on keberatan. Each: guard first, then the service (validation, rule, change, audit
// in one transaction), then revalidate. Refusals come back at their fields with the typed values.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { refusalResult } from "@/lib/action-failure";
import { requirePermission } from "@/lib/auth/guard";
import { UploadRejectedError } from "@/lib/files/save-upload";
import { echoValues, listOf } from "@/lib/form-values";
import { registerPaperObjection } from "./register-paper-objection";
import { acceptLateObjection, carryOutObjection, decideObjection, recordDispute, recordObjectionReaction } from "./services";
import { settleObjectionAmicably } from "./settle-objection";

type Service = (values: Record<string, string>) => Promise<void>;

async function run(formData: FormData, fields: readonly string[], success: string, work: Service): Promise<ActionResult> {
  const values = echoValues(formData, ["objectionId", ...fields]);
  try {
    await work(values);
  } catch (error) {
    return refusalResult(error, values);
  }
  revalidatePath(`/staf/keberatan/${values.objectionId}`);
  revalidatePath("/staf/keberatan");
  return { ok: true, message: success };
}

export async function acceptLateObjectionAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("acceptLateObjection");
  return run(formData, ["note"], "Keberatan terlambat diterima dengan catatan.", (v) => acceptLateObjection(user, v));
}

export async function decideObjectionAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("decideObjection");
  const fields = ["decision", "decisionReasons", "orderedAction", "atasanPosition"];
  return run(formData, fields, "Tanggapan Atasan PPID dicatat.", (v) => decideObjection(user, v));
}

export async function settleObjectionAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("settleObjection");
  return run(formData, ["settledDate", "settlementTerms", "requesterAgreed"], "Penyelesaian secara musyawarah dicatat.", (v) => settleObjectionAmicably(user, v));
}

export async function carryOutObjectionAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("carryOutObjection");
  return run(formData, ["note"], "Pelaksanaan tanggapan Atasan PPID dicatat.", (v) => carryOutObjection(user, v));
}

export async function recordObjectionReactionAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("followUpObjection");
  return run(formData, ["reaction"], "Tanggapan pemohon dicatat.", (v) => recordObjectionReaction(user, v));
}

export async function recordDisputeAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("followUpObjection");
  return run(formData, ["disputeFiledDate", "disputeStage", "disputeResult"], "Data sengketa dicatat.", (v) => recordDispute(user, v));
}

const PAPER_FIELDS = ["registrationNumber", "receivedDate", "channel", "reasons", "viaProxy", "proxyName"] as const;

/** An officer registers a keberatan delivered on paper (or by e-mail, or in person). */
export async function registerPaperObjectionAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("registerObjection");
  const values = echoValues(formData, PAPER_FIELDS, ["grounds"]);
  let id: string;
  try {
    const file = formData.get("proxyFile");
    id = await registerPaperObjection(user, { ...values, grounds: listOf(formData, "grounds") }, file instanceof File ? file : null);
  } catch (error) {
    if (error instanceof UploadRejectedError) return { ok: false, message: "Surat kuasa tidak dapat diterima.", fieldErrors: { proxyFile: [error.message] }, values };
    return refusalResult(error, values);
  }
  revalidatePath("/staf/keberatan");
  redirect(`/staf/keberatan/${id}`);
}
