"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { db } from "@/lib/db";
import { UploadRejectedError } from "@/lib/files/save-upload";
import { echoValues, listOf } from "@/lib/form-values";
import { RATE_LIMITS, retryAfterText } from "@/lib/rate-limit";
import { currentClientIp, limitCurrentClient } from "@/lib/rate-limit/current-client";
import { normalizeRegistrationNumber } from "@/lib/requests/public-tracking";
import { lookupTrackedRequest } from "@/lib/requests/tracking-lookup";
import { RuleError } from "@/lib/rule-error";
import { createObjection } from "./create-objection";
import { objectionReceiptPath } from "./paths";
import { objectionContentSchema, publicObjectionSchema } from "./schema";

const FIELDS = ["registrationNumber", "trackingCode", "reasons", "viaProxy", "proxyName"] as const;

/** Public /keberatan: the request number + tracking code identify the request (same look-up and limit as /lacak). */
export async function submitObjectionAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = echoValues(formData, FIELDS, ["grounds"]);
  const refuse = (message: string, fieldErrors?: ActionResult["fieldErrors"]): ActionResult => ({ ok: false, message, fieldErrors, values });
  const who = publicObjectionSchema.safeParse(values);
  const content = objectionContentSchema.safeParse({ ...values, grounds: listOf(formData, "grounds") });
  if (!who.success || !content.success) {
    const fieldErrors = { ...(who.success ? {} : z.flattenError(who.error).fieldErrors), ...(content.success ? {} : z.flattenError(content.error).fieldErrors) };
    return refuse("Keberatan belum dapat dikirim. Periksa kembali isian yang ditandai.", fieldErrors);
  }
  const lookup = await lookupTrackedRequest(who.data.registrationNumber, who.data.trackingCode, await currentClientIp());
  if (lookup.kind !== "found") return refuse(lookup.message, { trackingCode: [lookup.message] });

  const limit = await limitCurrentClient(RATE_LIMITS.objectionSubmission);
  if (!limit.allowed) return refuse(`Terlalu banyak keberatan dikirim dari jaringan Anda. ${retryAfterText(limit.retryAfterSeconds)}`);

  const request = await db.informationRequest.findUniqueOrThrow({
    where: { registrationNumber: normalizeRegistrationNumber(who.data.registrationNumber) },
    select: { id: true, registrationNumber: true, trackingCode: true },
  });
  let created;
  try {
    const file = formData.get("proxyFile");
    created = await createObjection(content.data, { requestId: request.id, channel: "PORTAL", receivedAt: new Date(), actor: null, proxyFile: file instanceof File ? file : null });
  } catch (error) {
    if (error instanceof UploadRejectedError) return refuse("Surat kuasa tidak dapat diterima. Pilih ulang berkasnya.", { proxyFile: [error.message] });
    if (error instanceof RuleError) return refuse(error.message, error.fieldErrors);
    console.error("submitObjectionAction failed", error);
    return refuse("Terjadi gangguan teknis sehingga keberatan belum tersimpan. Silakan coba kembali.");
  }
  redirect(objectionReceiptPath(created.registrationNumber, request));
}
