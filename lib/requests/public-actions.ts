"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { UploadRejectedError } from "@/lib/files/save-upload";
import { RATE_LIMITS, retryAfterText } from "@/lib/rate-limit";
import { limitCurrentClient } from "@/lib/rate-limit/current-client";
import { createInformationRequest, findReplayedRequest, type CreatedRequest } from "@/lib/requests/create-request";
import { echoRequestValues, formText, hadChosenFile, POWER_OF_ATTORNEY_FIELD, requestValuesFromFormData } from "@/lib/requests/form-data";
import { receiptPath } from "@/lib/requests/receipt-path";
import { requestFormSchema, type RequestFormInput } from "@/lib/requests/schema";
import { HONEYPOT_FIELD, parseSubmissionKey, SCRIPTED_SUBMIT_FIELD, SUBMISSION_KEY_FIELD } from "@/lib/requests/submission-key";

const RESELECT_FILE = " Pilih ulang berkas surat kuasa: berkas tidak dapat dikembalikan ke formulir.";

function refuse(formData: FormData, message: string, fieldErrors?: ActionResult["fieldErrors"]): ActionResult {
  // Without JavaScript the page reloads and the file input comes back empty: say so.
  const fileLost = hadChosenFile(formData) && formText(formData, SCRIPTED_SUBMIT_FIELD) !== "1";
  return { ok: false, message: message + (fileLost ? RESELECT_FILE : ""), fieldErrors, values: echoRequestValues(formData) };
}

/** Public portal: honeypot → validate → replay? → rate limit → create → redirect to the receipt. */
export async function submitRequestAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  // Filled only by bots that complete every field they find (people never see the field).
  if (formText(formData, HONEYPOT_FIELD) !== "") {
    return refuse(formData, "Permohonan tidak dapat diproses karena formulir terdeteksi diisi oleh program otomatis. Jika Anda mengisinya sendiri, muat ulang halaman lalu kirim kembali.");
  }
  const parsed = requestFormSchema.safeParse(requestValuesFromFormData(formData));
  if (!parsed.success) {
    return refuse(formData, "Permohonan belum dapat dikirim. Periksa kembali isian yang ditandai.", z.flattenError(parsed.error).fieldErrors);
  }

  const outcome = await saveRequest(parsed.data, parseSubmissionKey(formText(formData, SUBMISSION_KEY_FIELD)));
  if ("refusal" in outcome) return refuse(formData, outcome.refusal, outcome.fieldErrors);
  redirect(receiptPath(outcome.request)); // outside any try: redirect works by throwing
}

type SaveOutcome = { request: CreatedRequest } | { refusal: string; fieldErrors?: ActionResult["fieldErrors"] };

async function saveRequest(input: RequestFormInput, submissionKey: string | null): Promise<SaveOutcome> {
  try {
    // A replay (double click, refresh, retry) of a saved submission shows its receipt and is not counted.
    const replayed = submissionKey ? await findReplayedRequest(submissionKey, input) : null;
    if (replayed) return { request: replayed };

    const policy = RATE_LIMITS.requestSubmission;
    const limit = await limitCurrentClient(policy);
    if (!limit.allowed) {
      return {
        refusal: `Permohonan belum dapat dikirim: dari jaringan Anda sudah masuk ${policy.limit} permohonan dalam ${policy.windowSeconds / 60} menit terakhir (batas untuk mencegah penyalahgunaan). ${retryAfterText(limit.retryAfterSeconds)}`,
      };
    }
    const request = await createInformationRequest(input, {
      channel: "PORTAL",
      receivedAt: new Date(),
      actor: null,
      submissionKey,
      powerOfAttorney: input.powerOfAttorney ?? null,
    });
    return { request };
  } catch (error) {
    if (error instanceof UploadRejectedError) {
      return { refusal: "Surat kuasa tidak dapat diterima.", fieldErrors: { [POWER_OF_ATTORNEY_FIELD]: [error.message] } };
    }
    console.error("submitRequestAction failed", error);
    return { refusal: "Terjadi gangguan teknis sehingga permohonan belum tersimpan. Silakan coba kirim kembali beberapa saat lagi." };
  }
}
