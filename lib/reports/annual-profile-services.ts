import "server-only";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db";
import { parseOrRefuse } from "@/lib/rule-error";
import { annualProfileSchema, type AnnualProfile } from "./annual-profile-schema";
import { findAnnualProfile } from "./annual-profile-store";
import { annualSections, type AnnualSections } from "./annual-sections";
import { officeRange, parseReportPeriod } from "./period";
import { getClockSettings } from "@/lib/settings/clock";

// JSONB does not keep key order: compare with sorted keys.
const sorted = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(sorted) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, sorted(x)])) : v;
const sameJson = (a: unknown, b: unknown) => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));

/** A year's profile for anyone who may read the reports (null: not filled yet). */
export async function readAnnualProfile(user: StaffUser, year: number): Promise<AnnualProfile | null> {
  assertPermission(user, "readReports");
  return findAnnualProfile(year);
}

/** The profile page: the year's sections (profile and computed figures) and, when the year is still empty, last year's profile to start from. */
export async function readAnnualProfilePage(user: StaffUser, year: number, now = new Date()): Promise<{ sections: AnnualSections; previous: AnnualProfile | null }> {
  assertPermission(user, "readReports");
  const period = parseReportPeriod(String(year));
  if (!period) throw new RangeError(`no report year ${year}`);
  const { timeZone } = await getClockSettings();
  const sections = await annualSections(period, officeRange(period, timeZone), now, timeZone);
  return { sections, previous: sections.profile ? null : await findAnnualProfile(year - 1) };
}

/**
 * Saves the whole profile of one year (PPID, ADMIN). Saving the same values again writes nothing;
 * every change leaves an audit entry with the profile before and after.
 */
export async function saveAnnualProfile(user: StaffUser, input: unknown): Promise<{ profile: AnnualProfile; changed: boolean }> {
  assertPermission(user, "manageReportProfile");
  const profile = parseOrRefuse(annualProfileSchema, input);
  return db.$transaction(async (tx) => {
    const before = await findAnnualProfile(profile.year, tx);
    if (before && sameJson(before, profile)) return { profile, changed: false };
    const { year, budgetAmount, budgetRealisation, ...rest } = profile;
    const data = {
      ...rest,
      budgetAmount: budgetAmount === null ? null : BigInt(budgetAmount),
      budgetRealisation: budgetRealisation === null ? null : BigInt(budgetRealisation),
      updatedById: user.id,
    };
    await tx.annualReportProfile.upsert({ where: { year }, create: { year, ...data }, update: data });
    await writeAudit(tx, user, { action: "UPDATE_ANNUAL_REPORT_PROFILE", entityType: "AnnualReportProfile", entityId: String(year), before, after: profile });
    return { profile, changed: true };
  });
}
