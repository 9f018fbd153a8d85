import "server-only";
import { db } from "@/lib/db";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { writeAudit } from "@/lib/audit/write-audit";
import { parseOrRefuse } from "@/lib/rule-error";
import type { ClockSettings } from "@/lib/deadlines";
import { CLOCK_SETTINGS_KEY, clockSettingsSchema, getClockSettings } from "@/lib/settings/clock";
import { agencyProfileSchema, DEFAULT_AGENCY_PROFILE, type AgencyProfile } from "@/lib/settings/agency";
import { readSetting, writeSetting } from "@/lib/settings/store";
import {
  RECOMPUTE_TRANSACTION_OPTIONS,
  recomputeOpenRequests,
  type RecomputeSummary,
} from "@/lib/holidays/recompute-open-requests";

// The key getAgencyProfile() reads (lib/settings/agency.ts).
const AGENCY_SETTINGS_KEY = "agency";

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export type ClockSettingsChange = { settings: ClockSettings; changed: boolean; recompute: RecomputeSummary };

/**
 * Saves the working-day clock settings. Any change moves deadlines, so open requests are
 * recomputed in the same transaction (decided ones keep theirs).
 */
export async function updateClockSettings(actor: StaffUser, input: unknown): Promise<ClockSettingsChange> {
  assertPermission(actor, "manageSettings");
  const settings = parseOrRefuse(clockSettingsSchema, input);
  return db.$transaction(async (tx) => {
    const before = await getClockSettings(tx);
    if (sameJson(before, settings)) return { settings, changed: false, recompute: { checked: 0, changed: 0 } };
    await writeSetting(tx, CLOCK_SETTINGS_KEY, settings, actor.id);
    const recompute = await recomputeOpenRequests(tx, actor, "Pengaturan penghitungan tenggat diubah.");
    await writeAudit(tx, actor, {
      action: "UPDATE_CLOCK_SETTINGS",
      entityType: "Setting",
      entityId: CLOCK_SETTINGS_KEY,
      before,
      after: { ...settings, recompute },
    });
    return { settings, changed: true, recompute };
  }, RECOMPUTE_TRANSACTION_OPTIONS);
}

export async function updateAgencyProfile(actor: StaffUser, input: unknown): Promise<{ profile: AgencyProfile; changed: boolean }> {
  assertPermission(actor, "manageSettings");
  const profile = parseOrRefuse(agencyProfileSchema, input);
  return db.$transaction(async (tx) => {
    const before = await readSetting(AGENCY_SETTINGS_KEY, agencyProfileSchema, DEFAULT_AGENCY_PROFILE, tx);
    if (sameJson(before, profile)) return { profile, changed: false };
    await writeSetting(tx, AGENCY_SETTINGS_KEY, profile, actor.id);
    await writeAudit(tx, actor, { action: "UPDATE_AGENCY_PROFILE", entityType: "Setting", entityId: AGENCY_SETTINGS_KEY, before, after: profile });
    return { profile, changed: true };
  });
}
