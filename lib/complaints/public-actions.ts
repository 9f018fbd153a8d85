"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { UploadRejectedError } from "@/lib/files/save-upload";
import { isFileLike } from "@/lib/files/limits";
import { echoValues } from "@/lib/form-values";
import { RATE_LIMITS, retryAfterText } from "@/lib/rate-limit";
import { limitCurrentClient } from "@/lib/rate-limit/current-client";
import { RuleError } from "@/lib/rule-error";
import { createComplaint, type CreatedComplaint } from "./create-complaint";
import { complaintStatusPath } from "./paths";
import { complaintSchema } from "./schema";

const FIELDS = ["category", "description", "requestNumber", "anonymous", "contactName", "contactEmail", "contactPhone"] as const;

/** Public /pengaduan: validate → rate limit → create → status page with the code. */
export async function submitComplaintAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = echoValues(formData, FIELDS);
  const refuse = (message: string, fieldErrors?: ActionResult["fieldErrors"]): ActionResult => ({ ok: false, message, fieldErrors, values });
  const parsed = complaintSchema.safeParse(values);
  if (!parsed.success) return refuse("Pengaduan belum dapat dikirim. Periksa kembali isian yang ditandai.", z.flattenError(parsed.error).fieldErrors);
  const limit = await limitCurrentClient(RATE_LIMITS.complaintSubmission);
  if (!limit.allowed) return refuse(`Terlalu banyak pengaduan dari jaringan Anda. ${retryAfterText(limit.retryAfterSeconds)}`);
  let created: CreatedComplaint;
  try {
    created = await createComplaint(parsed.data, formData.getAll("attachments").filter((v): v is File => isFileLike(v)));
  } catch (error) {
    if (error instanceof UploadRejectedError) return refuse("Lampiran tidak dapat diterima. Pilih ulang berkasnya.", { attachments: [error.message] });
    if (error instanceof RuleError) return refuse(error.message, error.fieldErrors);
    console.error("submitComplaintAction failed", error);
    return refuse("Terjadi gangguan teknis sehingga pengaduan belum tersimpan. Silakan coba kembali.");
  }
  redirect(complaintStatusPath(created, true));
}
