"use server";
// Staff actions on one request. Each: guard first, then the service (which validates, checks the
// status rule and writes change + RequestEvent + AuditLog in one transaction), then revalidate.
import { requirePermission } from "@/lib/auth/guard";
import type { ActionResult } from "@/lib/action-result";
import { runRequestAction } from "@/lib/requests/action-helpers";
import { assignRequest } from "@/lib/requests/services/assign-request";
import { pauseRequest, resumeRequest } from "@/lib/requests/services/clarification";
import { extendRequest } from "@/lib/requests/services/extend-request";
import { decideRequest } from "@/lib/requests/services/decide-request";
import { deliverRequest } from "@/lib/requests/services/deliver-request";
import { closeRequest } from "@/lib/requests/services/close-request";

const DECISION_FIELDS = [
  "outcome", "noticeDate", "informationForm", "exemptionArticle", "consequenceTestRef", "redactionNote", "holderName", "decisionNote",
] as const;
const DELIVERY_FIELDS = ["deliveredDate", "deliveryMethod", "deliveredInformation", "costAmount", "paymentNote"] as const;

export async function assignRequestAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("assignRequest");
  return runRequestAction(formData, ["assigneeId"], "Petugas berhasil ditugaskan.", (v) => assignRequest(user, v));
}

export async function pauseRequestAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("processRequest");
  return runRequestAction(formData, ["question"], "Permintaan klarifikasi dicatat; tenggat dihentikan sementara.", (v) => pauseRequest(user, v));
}

export async function resumeRequestAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("processRequest");
  return runRequestAction(formData, ["answer", "resumeDate"], "Jawaban klarifikasi dicatat; tenggat berjalan kembali.", (v) => resumeRequest(user, v));
}

export async function extendRequestAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("extendRequest");
  return runRequestAction(formData, ["reason"], "Perpanjangan waktu dicatat dan tenggat dihitung ulang.", (v) => extendRequest(user, v));
}

export async function decideRequestAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("decideRequest");
  return runRequestAction(formData, DECISION_FIELDS, "Keputusan permohonan dicatat.", (v) => decideRequest(user, v));
}

export async function deliverRequestAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("processRequest");
  return runRequestAction(formData, DELIVERY_FIELDS, "Penyerahan informasi dicatat.", (v) => deliverRequest(user, v));
}

export async function closeRequestAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("processRequest");
  return runRequestAction(formData, ["note"], "Permohonan ditutup.", (v) => closeRequest(user, v));
}
