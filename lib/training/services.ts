import "server-only";
import { db, type Db } from "@/lib/db";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { writeAudit } from "@/lib/audit/write-audit";
import { parseOrRefuse, RuleError } from "@/lib/rule-error";
import type { StoredUpload } from "@/lib/files/save-upload";
import { recordUpload } from "@/lib/files/save-upload";
import { trainingEventSchema } from "./schema";
import { ALL_ROLES, type Role } from "@/lib/auth/roles";

export async function createTrainingEvent(user: StaffUser, input: Record<string, string>, client: Db = db): Promise<string> {
  assertPermission(user, "manageTraining");
  const v = parseOrRefuse(trainingEventSchema, input);
  return client.$transaction(async (tx) => {
    const event = await tx.trainingEvent.create({ data: v });
    await writeAudit(tx, user, { action: "TRAINING_CREATE", entityType: "TrainingEvent", entityId: event.id, after: event });
    return event.id;
  });
}

/** Adds an officer to an event, with the certificate (already checked and stored by the caller) when given. */
export async function addTrainingParticipant(user: StaffUser, eventId: string, userId: string, certificate: StoredUpload | null, client: Db = db): Promise<void> {
  assertPermission(user, "manageTraining");
  if (!userId) throw RuleError.at("userId", "Pilih peserta.");
  await client.$transaction(async (tx) => {
    const [event, officer] = await Promise.all([
      tx.trainingEvent.findUnique({ where: { id: eventId }, select: { id: true } }),
      tx.user.findUnique({ where: { id: userId }, select: { active: true } }),
    ]);
    if (!event) throw new RuleError("Pelatihan tidak ditemukan.");
    if (!officer?.active) throw RuleError.at("userId", "Peserta harus pengguna yang aktif.");
    const certificateFileId = certificate ? await recordUpload(tx, certificate) : null;
    const existing = await tx.trainingParticipant.findUnique({ where: { eventId_userId: { eventId, userId } }, select: { id: true, certificateFileId: true } });
    if (existing && !certificateFileId) throw RuleError.at("userId", "Pegawai ini sudah tercatat sebagai peserta.");
    if (existing) await tx.trainingParticipant.update({ where: { id: existing.id }, data: { certificateFileId } });
    else await tx.trainingParticipant.create({ data: { eventId, userId, certificateFileId } });
    await writeAudit(tx, user, { action: "TRAINING_PARTICIPANT", entityType: "TrainingEvent", entityId: eventId, after: { userId, certificateFileId } });
  });
}

/** Adds a competency every holder of `role` must have (e.g. PPID → "Uji konsekuensi"). */
export async function addRoleCompetency(user: StaffUser, role: string, competency: string, client: Db = db): Promise<void> {
  assertPermission(user, "manageTraining");
  if (!(ALL_ROLES as string[]).includes(role)) throw RuleError.at("role", "Pilih peran.");
  const name = competency.trim();
  if (name.length < 3 || name.length > 200) throw RuleError.at("competency", "Nama kompetensi 3–200 karakter.");
  await client.$transaction(async (tx) => {
    const exists = await tx.roleCompetency.findUnique({ where: { role_competency: { role: role as Role, competency: name } }, select: { id: true } });
    if (exists) throw RuleError.at("competency", "Kompetensi ini sudah wajib untuk peran tersebut.");
    const created = await tx.roleCompetency.create({ data: { role: role as Role, competency: name } });
    await writeAudit(tx, user, { action: "TRAINING_COMPETENCY", entityType: "RoleCompetency", entityId: created.id, after: created });
  });
}
