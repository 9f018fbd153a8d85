import "server-only";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db";
import { parseOrRefuse } from "@/lib/rule-error";
import { getReportSignatory, REPORT_SIGNATORY_KEY, reportSignatorySchema, type ReportSignatory } from "@/lib/settings/report-signatory";
import { writeSetting } from "@/lib/settings/store";

/** Saves who signs the evaluation reports (ADMIN). Unchanged values write nothing; a change is audited. */
export async function updateReportSignatory(actor: StaffUser, input: unknown): Promise<{ signatory: ReportSignatory; changed: boolean }> {
  assertPermission(actor, "manageSettings");
  const signatory = parseOrRefuse(reportSignatorySchema, input);
  return db.$transaction(async (tx) => {
    const before = await getReportSignatory(tx);
    if (before.name === signatory.name && before.title === signatory.title && before.nip === signatory.nip) return { signatory, changed: false };
    await writeSetting(tx, REPORT_SIGNATORY_KEY, signatory, actor.id);
    await writeAudit(tx, actor, { action: "UPDATE_REPORT_SIGNATORY", entityType: "Setting", entityId: REPORT_SIGNATORY_KEY, before, after: signatory });
    return { signatory, changed: true };
  });
}
