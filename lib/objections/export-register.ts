import "server-only";
import { db } from "@/lib/db";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { writeAudit } from "@/lib/audit/write-audit";
import { objectionRegisterRows, type ObjectionRegisterRow } from "./queries";

/** Register keberatan rows for a CSV export: personal data leaves the system, so the export is audited. */
export async function exportObjectionRegister(user: StaffUser, range: { from: Date; to: Date }): Promise<ObjectionRegisterRow[]> {
  assertPermission(user, "exportRegister");
  const rows = await objectionRegisterRows(user, range);
  await db.$transaction((tx) => writeAudit(tx, user, { action: "objectionRegister.export", entityType: "Objection", after: { from: range.from, to: range.to, rows: rows.length } }));
  return rows;
}
