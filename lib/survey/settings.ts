import "server-only";
import { z } from "zod";
import type { Db, Tx } from "@/lib/db";
import { readSetting } from "@/lib/settings/store";
import { DEFAULT_SURVEY_LINK_VALIDITY_DAYS, MAX_SURVEY_LINK_VALIDITY_DAYS, MIN_SURVEY_LINK_VALIDITY_DAYS } from "./link-validity";

// *Setting*: how many calendar days after its request was completed the one-time SKM link works
// (lib/survey/link-validity.ts). Edited by ADMIN on Staf → SKM, kendala & rekomendasi.
export const surveySettingsSchema = z.object({
  // An empty box means "not filled in", not 0 days.
  linkValidityDays: z.preprocess(
    (v) => (typeof v !== "string" ? v : v.trim() === "" ? undefined : Number(v)),
    z.number({ error: (issue) => (issue.input === undefined ? "Masa berlaku wajib diisi." : "Masa berlaku harus berupa angka.") })
      .int("Masa berlaku harus bilangan bulat.")
      .min(MIN_SURVEY_LINK_VALIDITY_DAYS, `Masa berlaku minimal ${MIN_SURVEY_LINK_VALIDITY_DAYS} hari.`)
      .max(MAX_SURVEY_LINK_VALIDITY_DAYS, `Masa berlaku maksimal ${MAX_SURVEY_LINK_VALIDITY_DAYS} hari.`),
  ),
});
export type SurveySettings = z.infer<typeof surveySettingsSchema>;
export const DEFAULT_SURVEY_SETTINGS: SurveySettings = { linkValidityDays: DEFAULT_SURVEY_LINK_VALIDITY_DAYS };
export const SURVEY_SETTINGS_KEY = "survey";

export async function getSurveySettings(client?: Db | Tx): Promise<SurveySettings> {
  return readSetting(SURVEY_SETTINGS_KEY, surveySettingsSchema, { ...DEFAULT_SURVEY_SETTINGS }, client);
}
