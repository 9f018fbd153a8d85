import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import { storedFacilities, storedRegulations, type AnnualProfile } from "./annual-profile-schema";

const profileSelect = {
  year: true, policy: true, regulations: true, facilities: true, staffNotes: true,
  budgetAmount: true, budgetSource: true, budgetRealisation: true, budgetNotes: true,
} as const;

// Rupiah are BIGINT columns; amounts stay far below 2^53 (the schema caps them), so numbers are exact.
const rupiahOf = (v: bigint | null) => (v === null ? null : Number(v));

/** The saved profile of a year, or null when nobody has filled it yet. */
export async function findAnnualProfile(year: number, client: Db | Tx = db): Promise<AnnualProfile | null> {
  const row = await client.annualReportProfile.findUnique({ where: { year }, select: profileSelect });
  if (!row) return null;
  return {
    ...row,
    regulations: storedRegulations.parse(row.regulations),
    facilities: storedFacilities.parse(row.facilities),
    budgetAmount: rupiahOf(row.budgetAmount),
    budgetRealisation: rupiahOf(row.budgetRealisation),
  };
}

/** Which parts of the profile say something; an unfilled part is reported as "belum diisi". */
export function filledParts(p: AnnualProfile | null) {
  return {
    policy: Boolean(p && (p.policy || p.regulations.length > 0)),
    facilities: Boolean(p && p.facilities.length > 0),
    staffNotes: Boolean(p && p.staffNotes),
    budget: Boolean(p && p.budgetAmount !== null),
  };
}
