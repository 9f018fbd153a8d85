import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/auth/guard";
import { ALL_ROLES, hasPermission } from "@/lib/auth/roles";
import { createComplaint } from "@/lib/complaints/create-complaint";
import { complaintCountsByCategory, complaintResolutionTimes } from "@/lib/complaints/queries";
import { complaintSchema } from "@/lib/complaints/schema";
import { assignComplaint, resolveComplaint, respondComplaint, triageComplaint } from "@/lib/complaints/services";
import { RuleError } from "@/lib/rule-error";
import { makeRoleUsers, wita, type RoleUsers } from "../requests/staff-fixtures";

const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "ppid-complaints-"));
let users: RoleUsers;
beforeAll(async () => {
  process.env.STORAGE_DIR = storageDir;
  users = await makeRoleUsers();
});
afterAll(async () => {
  fs.rmSync(storageDir, { recursive: true, force: true });
  await db.$disconnect();
});

const pdf = (name: string) => new File([new TextEncoder().encode("%PDF-1.7\nbukti")], name, { type: "application/pdf" });
const anonymous = complaintSchema.parse({ category: "JAWABAN_TERLAMBAT", description: "Permohonan saya belum dijawab setelah 10 hari kerja.", anonymous: "on", contactName: "Tetap dibuang", contactEmail: "a@b.id" });

it("an anonymous complaint keeps no contact, gets its own number and a tracking code, with attachments", async () => {
  const created = await createComplaint(anonymous, [pdf("bukti 1.pdf"), pdf("bukti 2.pdf")], wita("2052-02-02"));
  expect(created.registrationNumber).toMatch(/^\d{4}\/ADU\/[A-Z0-9.-]+\/2052$/);
  expect(created.trackingCode).toMatch(/^[2-9A-Z]{10}$/);
  const row = await db.complaint.findUniqueOrThrow({ where: { id: created.id }, include: { attachments: true } });
  expect(row).toMatchObject({ anonymous: true, contactName: null, contactEmail: null, contactPhone: null, status: "BARU" });
  expect(row.attachments).toHaveLength(2);
});

it("a named complaint needs a way to reach the person; an unknown request number is refused at its field", () => {
  const named = complaintSchema.safeParse({ category: "BIAYA", description: "Biaya fotokopi terlalu mahal sekali.", contactName: "Yohanes" });
  expect(named.success).toBe(false);
  return expect(createComplaint({ ...anonymous, requestNumber: "9999/PMH/X/2052" }, [])).rejects.toMatchObject({ fieldErrors: { requestNumber: expect.any(Array) } });
});

it("staff triage, assign, respond and resolve with timestamps; reports count per category and time to resolve", async () => {
  const before = await complaintCountsByCategory({ from: wita("2052-03-01", "00:00"), to: wita("2052-04-01", "00:00") });
  const { id } = await createComplaint({ ...anonymous, category: "MASALAH_PORTAL" }, [], wita("2052-03-02", "08:00"));
  await expect(resolveComplaint(users.PETUGAS, { complaintId: id, note: "x" }, wita("2052-03-02", "09:00"))).rejects.toThrow(RuleError);
  await triageComplaint(users.PETUGAS, { complaintId: id, note: "Gangguan unggah berkas." }, wita("2052-03-02", "09:00"));
  await assignComplaint(users.PPID, { complaintId: id, assigneeId: users.PETUGAS.id }, wita("2052-03-02", "10:00"));
  await respondComplaint(users.PETUGAS, { complaintId: id, response: "Portal sudah diperbaiki." }, wita("2052-03-03", "08:00"));
  await resolveComplaint(users.PETUGAS, { complaintId: id, note: "Pelapor berhasil mengunggah." }, wita("2052-03-04", "08:00"));
  const row = await db.complaint.findUniqueOrThrow({ where: { id } });
  expect(row).toMatchObject({ status: "SELESAI", assignedToId: users.PETUGAS.id, triagedAt: wita("2052-03-02", "09:00"), resolvedAt: wita("2052-03-04", "08:00") });
  expect(await db.auditLog.count({ where: { entityId: id } })).toBe(4);

  const after = await complaintCountsByCategory({ from: wita("2052-03-01", "00:00"), to: wita("2052-04-01", "00:00") });
  expect(after.MASALAH_PORTAL - before.MASALAH_PORTAL).toBe(1);
  const times = await complaintResolutionTimes({ from: wita("2052-03-04", "00:00"), to: wita("2052-03-05", "00:00") });
  expect(times).toMatchObject({ resolved: 1, averageHours: 48, medianHours: 48, maxHours: 48 });
});

it.each(ALL_ROLES)("role guard: triage as %s", async (role) => {
  const { id } = await createComplaint(anonymous, [], wita("2052-05-02"));
  const act = () => triageComplaint(users[role], { complaintId: id, note: "Telaah." });
  if (hasPermission(role, "handleComplaint")) {
    await act();
    expect((await db.complaint.findUniqueOrThrow({ where: { id } })).status).toBe("DITELAAH");
  } else {
    await expect(act()).rejects.toThrow(ForbiddenError);
    expect(await db.complaint.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "BARU", triagedAt: null });
    expect(await db.auditLog.count({ where: { entityId: id } })).toBe(0);
  }
});
