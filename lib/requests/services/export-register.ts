import "server-only";
import { db } from "@/lib/db";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { writeAudit } from "@/lib/audit/write-audit";
import { registerRows, type RegisterRange } from "@/lib/requests/register";
import type { RegisterRow } from "@/lib/requests/register-columns";

/**
 * The register rows for an export, for roles with `exportRegister` only. The export hands personal
 * data out of the system, so it is written to the audit log (who, which period, how many rows).
 */
export async function exportRegisterRows(user: StaffUser, range: RegisterRange): Promise<RegisterRow[]> {
  assertPermission(user, "exportRegister");
  return db.$transaction(async (tx) => {
    const rows = await registerRows(range, tx);
    await writeAudit(tx, user, {
      action: "register.export",
      entityType: "InformationRequest",
      after: { from: range.from, to: range.to, rows: rows.length },
    });
    return rows;
  });
}
