/**
 * Who assesses whom (pure). The PPID Pelaksana assesses the desk officers (Petugas Pelayanan
 * Informasi); the Atasan PPID assesses the PPID Pelaksana (and may assess desk officers too); the
 * administrator may assess both. Nobody assesses themselves. The CAN map (assessOfficer) is the
 * first gate; this rule decides the pair.
 */
import type { Role } from "@/lib/generated/prisma/enums";
import type { ReportPeriod } from "@/lib/reports/period";

export const ASSESSED_ROLES = ["PETUGAS", "PPID"] as const satisfies readonly Role[];

const ASSESSORS_OF: Record<(typeof ASSESSED_ROLES)[number], readonly Role[]> = {
  PETUGAS: ["ADMIN", "PPID", "ATASAN"],
  PPID: ["ADMIN", "ATASAN"],
};

export function isAssessedRole(role: Role): role is (typeof ASSESSED_ROLES)[number] {
  return (ASSESSED_ROLES as readonly Role[]).includes(role);
}

/** Why `assessor` may not assess `officer`, or null when they may. */
export function assessorRefusal(assessor: { id: string; role: Role }, officer: { id: string; role: Role }): string | null {
  if (assessor.id === officer.id) return "Anda tidak dapat menilai kinerja Anda sendiri.";
  if (!isAssessedRole(officer.role)) return "Yang dinilai hanya Petugas Pelayanan Informasi dan PPID Pelaksana.";
  if (!ASSESSORS_OF[officer.role].includes(assessor.role)) {
    return officer.role === "PPID" ? "Kinerja PPID Pelaksana dinilai oleh Atasan PPID." : "Peran Anda tidak menilai kinerja petugas.";
  }
  return null;
}

/** A period is assessed once it has begun (its first month is not after the office's current month). */
export function periodNotStarted(period: ReportPeriod, todayKey: string): boolean {
  const start = `${period.year}-${String(period.firstMonth).padStart(2, "0")}`;
  return start > todayKey.slice(0, 7);
}

/** The month assessed by default: the one before the office's current month ("2026-12-03" → "2026-11"). */
export function previousMonthKey(today: string): string {
  const [year, month] = today.split("-").map(Number);
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, "0")}`;
}
