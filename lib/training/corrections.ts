import "server-only";
import { db, type Db } from "@/lib/db";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { writeAudit } from "@/lib/audit/write-audit";
import { deleteStoredFile } from "@/lib/files/storage";
import { parseOrRefuse, RuleError } from "@/lib/rule-error";
import { trainingEventSchema } from "./schema";

// Corrections to the training record: an event typed wrongly, a participant added by mistake, a
// competency no longer required. Each is audited with what it replaced.

export async function updateTrainingEvent(user: StaffUser, eventId: string, input: Record<string, string>, client: Db = db): Promise<void> {
  assertPermission(user, "manageTraining");
  const v = parseOrRefuse(trainingEventSchema, input);
  await client.$transaction(async (tx) => {
    const before = await tx.trainingEvent.findUnique({ where: { id: eventId } });
    if (!before) throw new RuleError("Pelatihan tidak ditemukan.");
    const after = await tx.trainingEvent.update({ where: { id: eventId }, data: v });
    await writeAudit(tx, user, { action: "TRAINING_UPDATE", entityType: "TrainingEvent", entityId: eventId, before, after });
  });
}

/** Takes a participant off an event; their certificate (row and bytes) goes with them. */
export async function removeTrainingParticipant(user: StaffUser, participantId: string, client: Db = db): Promise<string> {
  assertPermission(user, "manageTraining");
  const removed = await client.$transaction(async (tx) => {
    const row = await tx.trainingParticipant.findUnique({ where: { id: participantId }, select: { id: true, eventId: true, userId: true, certificateFileId: true, user: { select: { name: true } } } });
    if (!row) throw new RuleError("Peserta tidak ditemukan.");
    await tx.trainingParticipant.delete({ where: { id: row.id } });
    const certificate = row.certificateFileId
      ? await tx.uploadedFile.delete({ where: { id: row.certificateFileId }, select: { storageKey: true, originalName: true, sha256: true } })
      : null;
    await writeAudit(tx, user, { action: "TRAINING_PARTICIPANT_REMOVED", entityType: "TrainingEvent", entityId: row.eventId, before: { userId: row.userId, certificate: certificate && { name: certificate.originalName, sha256: certificate.sha256 } }, after: null });
    return { name: row.user.name, storageKey: certificate?.storageKey ?? null };
  });
  if (removed.storageKey) await deleteStoredFile(removed.storageKey).catch(() => undefined);
  return removed.name;
}

export async function removeRoleCompetency(user: StaffUser, competencyId: string, client: Db = db): Promise<void> {
  assertPermission(user, "manageTraining");
  await client.$transaction(async (tx) => {
    const before = await tx.roleCompetency.findUnique({ where: { id: competencyId } });
    if (!before) throw new RuleError("Kompetensi wajib tidak ditemukan.");
    await tx.roleCompetency.delete({ where: { id: competencyId } });
    await writeAudit(tx, user, { action: "TRAINING_COMPETENCY_REMOVED", entityType: "RoleCompetency", entityId: competencyId, before, after: null });
  });
}
