import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createHash, randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { loadClock } from "@/lib/deadlines/calendar-store";
import { UploadRejectedError } from "@/lib/files/save-upload";
import { storagePath } from "@/lib/files/storage";
import { createInformationRequest } from "@/lib/requests/create-request";
import { deadlineColumns, deadlinesOfRequest } from "@/lib/requests/request-deadlines";
import { receivedOn, requestInput, resetRequestYear } from "./portal-fixtures";

const YEAR = 2091;
const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "ppid-storage-"));

beforeAll(async () => {
  process.env.STORAGE_DIR = storageDir;
  await resetRequestYear(YEAR);
});

afterAll(async () => {
  fs.rmSync(storageDir, { recursive: true, force: true });
  await db.$disconnect();
});

const pdf = (name = "surat-kuasa.pdf") => new File([`%PDF-1.4\n${randomUUID()}\n%%EOF`], name, { type: "application/pdf" });

it("stores the request with its legal deadlines, a tracking code and the DITERIMA event", async () => {
  const receivedAt = receivedOn(YEAR);
  const input = requestInput({ email: "maria@example.id", phone: "" });
  const created = await createInformationRequest(input, { channel: "PORTAL", receivedAt, actor: null, submissionKey: null });

  const row = await db.informationRequest.findUniqueOrThrow({
    where: { id: created.id },
    include: { events: true },
  });
  const expected = deadlineColumns(deadlinesOfRequest({ receivedAt, extendedAt: null, pauses: [] }, await loadClock()));
  expect(row).toMatchObject({
    ...expected,
    status: "DITERIMA",
    channel: "PORTAL",
    nik: "5371014507900001",
    legalEntityDecree: null,
    phone: null,
    email: "maria@example.id",
    trackingCode: created.trackingCode,
    createdById: null,
  });
  expect(row.noticeDueDate).not.toBeNull();
  // 2091 has no holiday data: staff are warned the due date may be too early.
  expect(row.holidayDataWarning).toMatch(/2091/);
  expect(row.events).toHaveLength(1);
  expect(row.events[0]).toMatchObject({ type: "DITERIMA", note: "Permohonan diterima melalui Portal daring.", actorId: null });
  expect(await db.auditLog.count({ where: { entityId: created.id } })).toBe(0);
});

it("keeps only the decree for a legal entity", async () => {
  const input = requestInput({ applicantType: "BADAN_HUKUM", nik: "", legalEntityDecree: "AHU-0012345.AH.01.01.Tahun 2020" });
  const created = await createInformationRequest(input, { channel: "PORTAL", receivedAt: receivedOn(YEAR), actor: null });
  const row = await db.informationRequest.findUniqueOrThrow({ where: { id: created.id } });
  expect(row).toMatchObject({ applicantType: "BADAN_HUKUM", nik: null, legalEntityDecree: "AHU-0012345.AH.01.01.Tahun 2020" });
});

it("records the officer and writes an audit entry for an offline request", async () => {
  const officer = await db.user.create({
    data: { username: `petugas-${randomUUID().slice(0, 8)}`, name: "Petugas Uji", role: "PETUGAS", passwordHash: "x" },
    select: { id: true, name: true, username: true, role: true },
  });
  const created = await createInformationRequest(requestInput(), {
    channel: "DATANG_LANGSUNG", receivedAt: receivedOn(YEAR, 3, 13), actor: officer,
  });
  const row = await db.informationRequest.findUniqueOrThrow({ where: { id: created.id }, include: { events: true } });
  expect(row.createdById).toBe(officer.id);
  expect(row.events[0]).toMatchObject({ type: "DITERIMA", actorId: officer.id, note: "Permohonan diterima melalui Datang langsung." });
  const audits = await db.auditLog.findMany({ where: { entityType: "InformationRequest", entityId: created.id } });
  expect(audits).toHaveLength(1);
  expect(audits[0]).toMatchObject({ actorId: officer.id, actorRole: "PETUGAS", action: "request.register" });
});

it("stores a power of attorney under a random key, keeping the original name as metadata", async () => {
  const file = pdf("Surat Kuasa Maria.pdf");
  const bytes = Buffer.from(await file.arrayBuffer());
  const created = await createInformationRequest(requestInput({ viaProxy: true, proxyName: "Yohanes Lake", powerOfAttorney: file }), {
    channel: "PORTAL", receivedAt: receivedOn(YEAR), actor: null, powerOfAttorney: file,
  });
  const row = await db.informationRequest.findUniqueOrThrow({ where: { id: created.id }, include: { powerOfAttorneyFile: true } });
  expect(row).toMatchObject({ viaProxy: true, proxyName: "Yohanes Lake" });
  const stored = row.powerOfAttorneyFile!;
  expect(stored).toMatchObject({
    originalName: "Surat Kuasa Maria.pdf", mimeType: "application/pdf", size: bytes.length,
    sha256: createHash("sha256").update(bytes).digest("hex"),
  });
  expect(stored.storageKey).not.toContain("Maria");
  expect(fs.readFileSync(storagePath(stored.storageKey))).toEqual(bytes);
  expect(storagePath(stored.storageKey).startsWith(storageDir)).toBe(true);
});

it("refuses a file that only pretends to be a PDF, and creates nothing", async () => {
  const before = await db.informationRequest.count({ where: { year: YEAR } });
  const sequenceBefore = await db.registrationSequence.findUnique({ where: { kind_year: { kind: "PERMOHONAN", year: YEAR } } });
  const fake = new File(["MZ\u0090\u0000 this is a program"], "kuasa.pdf", { type: "application/pdf" });
  await expect(
    createInformationRequest(requestInput({ viaProxy: true, proxyName: "Yohanes", powerOfAttorney: fake }), {
      channel: "PORTAL", receivedAt: receivedOn(YEAR), actor: null, powerOfAttorney: fake,
    }),
  ).rejects.toThrow(UploadRejectedError);
  expect(await db.informationRequest.count({ where: { year: YEAR } })).toBe(before);
  const sequenceAfter = await db.registrationSequence.findUnique({ where: { kind_year: { kind: "PERMOHONAN", year: YEAR } } });
  expect(sequenceAfter?.lastNumber).toBe(sequenceBefore?.lastNumber);
});

it("removes the stored file when the transaction fails", async () => {
  const countFiles = () => fs.readdirSync(storageDir, { recursive: true }).filter((p) => String(p).endsWith(".pdf")).length;
  const before = countFiles();
  const ghost = { id: "no-such-user", name: "Hantu", username: "hantu", role: "PETUGAS" as const };
  const file = pdf();
  await expect(
    createInformationRequest(requestInput({ viaProxy: true, proxyName: "Yohanes", powerOfAttorney: file }), {
      channel: "SURAT", receivedAt: receivedOn(YEAR), actor: ghost, powerOfAttorney: file,
    }),
  ).rejects.toThrow();
  expect(countFiles()).toBe(before);
});
