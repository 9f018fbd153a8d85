/**
 * Audit locking (pure): a submitted audit never changes; a correction is a new revision that copies
 * its scores, and both stay visible. The service checks these first; a database trigger backs them.
 */
import { RuleError } from "@/lib/rule-error";
import type { AuditStatus } from "@/lib/generated/prisma/enums";

export const LOCKED_MESSAGE = "Audit ini sudah dikirim dan terkunci. Buat revisi baru untuk melakukan perubahan.";

export function assertAuditEditable(audit: { status: AuditStatus }): void {
  if (audit.status === "SUBMITTED") throw new RuleError(LOCKED_MESSAGE);
}

/** Only the newest revision of a period may be revised, and only once it is submitted. */
export function assertRevisable(audit: { status: AuditStatus; revision: number }, latestRevision: number): void {
  if (audit.status !== "SUBMITTED") throw new RuleError("Audit yang masih draf dapat diubah langsung; revisi tidak diperlukan.");
  if (audit.revision !== latestRevision) throw new RuleError(`Sudah ada revisi ke-${latestRevision}; revisi dibuat dari versi terbaru.`);
}

/** Submission needs every item scored; returns the message or null. */
export function submissionProblem(unscored: number): string | null {
  return unscored > 0 ? `Masih ada ${unscored} butir yang belum dinilai.` : null;
}
