"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { echoValues } from "@/lib/form-values";
import { RATE_LIMITS, retryAfterText } from "@/lib/rate-limit";
import { limitCurrentClient } from "@/lib/rate-limit/current-client";
import { HONEYPOT_FIELD, parseSubmissionKey, SUBMISSION_KEY_FIELD } from "@/lib/requests/submission-key";
import { RuleError } from "@/lib/rule-error";
import { SURVEY_FIELDS, surveySchema } from "./schema";
import { submitSurveyResponse } from "./submit-response";

const FIELDS = [...SURVEY_FIELDS, "token"];

/** Public /survei and /survei/[token]: honeypot → validate → rate limit → store → thank-you page. */
export async function submitSurveyAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = echoValues(formData, FIELDS);
  const refuse = (message: string, fieldErrors?: ActionResult["fieldErrors"]): ActionResult => ({ ok: false, message, fieldErrors, values });
  // A bot filled the invisible field: pretend success, store nothing.
  if (String(formData.get(HONEYPOT_FIELD) ?? "").trim() !== "") redirect("/survei/terima-kasih");
  const parsed = surveySchema.safeParse(values);
  if (!parsed.success) return refuse("Survei belum dapat dikirim. Periksa kembali isian yang ditandai.", z.flattenError(parsed.error).fieldErrors);
  const limit = await limitCurrentClient(RATE_LIMITS.surveySubmission);
  if (!limit.allowed) return refuse(`Terlalu banyak jawaban survei dari jaringan Anda. ${retryAfterText(limit.retryAfterSeconds)}`);
  try {
    await submitSurveyResponse(parsed.data, {
      token: values.token || null,
      submissionKey: parseSubmissionKey(String(formData.get(SUBMISSION_KEY_FIELD) ?? "")),
    });
  } catch (error) {
    if (error instanceof RuleError) return refuse(error.message, error.fieldErrors);
    console.error("submitSurveyAction failed", error);
    return refuse("Terjadi gangguan teknis sehingga jawaban survei belum tersimpan. Silakan coba kembali.");
  }
  redirect("/survei/terima-kasih");
}
