import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/auth/guard";
import { storeUpload } from "@/lib/files/save-upload";
import { readStoredFile } from "@/lib/files/storage";
import { RuleError } from "@/lib/rule-error";
import { addRoleCompetency, addTrainingParticipant, createTrainingEvent } from "@/lib/training/services";
import { removeRoleCompetency, removeTrainingParticipant, updateTrainingEvent } from "@/lib/training/corrections";
import { makeRoleUsers, type RoleUsers } from "./fixtures";

const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "ppid-training-"));
let users: RoleUsers;
beforeAll(async () => {
  process.env.STORAGE_DIR = storageDir;
  users = await makeRoleUsers();
});
afterAll(async () => {
  fs.rmSync(storageDir, { recursive: true, force: true });
  await db.$disconnect();
});

const EVENT = { title: "Bimtek uji konsekuensi informasi", organiser: "KI Provinsi NTT", date: "2053-05-12", hours: "8", topic: "Uji konsekuensi Pasal 17", competency: "" };

it("a mistyped event is corrected with the same checks; the audit log keeps what it replaced", async () => {
  const eventId = await createTrainingEvent(users.PPID, EVENT);
  await expect(updateTrainingEvent(users.PETUGAS, eventId, { ...EVENT, hours: "16" })).rejects.toBeInstanceOf(ForbiddenError);
  const refusal = await updateTrainingEvent(users.PPID, eventId, { ...EVENT, hours: "0" }).catch((e) => e);
  expect(Object.keys((refusal as RuleError).fieldErrors)).toEqual(["hours"]);

  await updateTrainingEvent(users.PPID, eventId, { ...EVENT, hours: "16", competency: "Uji konsekuensi" });
  expect(await db.trainingEvent.findUniqueOrThrow({ where: { id: eventId }, select: { hours: true, competency: true } })).toEqual({ hours: 16, competency: "Uji konsekuensi" });
  const audit = await db.auditLog.findFirstOrThrow({ where: { action: "TRAINING_UPDATE", entityId: eventId } });
  expect(audit.before).toMatchObject({ hours: 8, competency: null });
  await expect(updateTrainingEvent(users.PPID, "tidak-ada", EVENT)).rejects.toBeInstanceOf(RuleError);
});

it("a participant added by mistake is removed with their certificate; only ADMIN and PPID may", async () => {
  const eventId = await createTrainingEvent(users.PPID, EVENT);
  const certificate = await storeUpload(new File([new TextEncoder().encode("%PDF-1.7\nsertifikat")], "sertifikat.pdf"));
  await addTrainingParticipant(users.PPID, eventId, users.PETUGAS.id, certificate);
  const participant = await db.trainingParticipant.findFirstOrThrow({ where: { eventId }, select: { id: true, certificateFileId: true } });

  await expect(removeTrainingParticipant(users.AUDITOR, participant.id)).rejects.toBeInstanceOf(ForbiddenError);
  expect(await removeTrainingParticipant(users.ADMIN, participant.id)).toBe(users.PETUGAS.name);
  expect(await db.trainingParticipant.count({ where: { eventId } })).toBe(0);
  expect(await db.uploadedFile.count({ where: { id: participant.certificateFileId! } })).toBe(0);
  await expect(readStoredFile(certificate.storageKey)).rejects.toThrow();
  await expect(removeTrainingParticipant(users.ADMIN, participant.id)).rejects.toBeInstanceOf(RuleError);
});

it("a competency no longer required is removed", async () => {
  const name = `Pengelolaan arsip dinamis ${Date.now()}`;
  await addRoleCompetency(users.PPID, "PETUGAS", name);
  const row = await db.roleCompetency.findFirstOrThrow({ where: { competency: name }, select: { id: true } });
  await expect(removeRoleCompetency(users.PIMPINAN, row.id)).rejects.toBeInstanceOf(ForbiddenError);
  await removeRoleCompetency(users.PPID, row.id);
  expect(await db.roleCompetency.count({ where: { competency: name } })).toBe(0);
  expect(await db.auditLog.count({ where: { action: "TRAINING_COMPETENCY_REMOVED", entityId: row.id } })).toBe(1);
});
