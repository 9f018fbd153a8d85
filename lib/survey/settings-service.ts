import "server-only";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db";
import { parseOrRefuse } from "@/lib/rule-error";
import { writeSetting } from "@/lib/settings/store";
import { getSurveySettings, SURVEY_SETTINGS_KEY, surveySettingsSchema, type SurveySettings } from "./settings";

/**
 * Saves the survey settings (ADMIN). A new validity applies to links made afterwards: a link
 * already sent keeps the last day its e-mail promised. Unchanged values write nothing.
 */
export async function updateSurveySettings(actor: StaffUser, input: unknown): Promise<{ settings: SurveySettings; changed: boolean }> {
  assertPermission(actor, "manageSettings");
  const settings = parseOrRefuse(surveySettingsSchema, input);
  return db.$transaction(async (tx) => {
    const before = await getSurveySettings(tx);
    if (before.linkValidityDays === settings.linkValidityDays) return { settings, changed: false };
    await writeSetting(tx, SURVEY_SETTINGS_KEY, settings, actor.id);
    await writeAudit(tx, actor, { action: "UPDATE_SURVEY_SETTINGS", entityType: "Setting", entityId: SURVEY_SETTINGS_KEY, before, after: settings });
    return { settings, changed: true };
  });
}
