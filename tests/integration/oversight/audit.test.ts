import { db } from "@/lib/db";
import { ForbiddenError, type StaffUser } from "@/lib/auth/guard";
import type { Role } from "@/lib/generated/prisma/enums";
import { createAudit } from "@/lib/internal-audit/services/create-audit";
import { reviseAudit, scoreAuditItem, submitAudit } from "@/lib/internal-audit/services/score-audit";
import { raiseFinding, recordFollowUp } from "@/lib/internal-audit/services/findings";
import { LOCKED_MESSAGE } from "@/lib/internal-audit/locking";
import { RuleError } from "@/lib/rule-error";
import { storeUpload } from "@/lib/files/save-upload";
import { decidedRequest, makeInstrument, makeRoleUsers, ROLES, type RoleUsers } from "./fixtures";

// This file uses semesters in the 2080s (its own data); "now" is set after them, as an audit needs a begun period.
const LATER = new Date("2090-01-01T00:00:00Z");

// Audit periods and decided requests in 2081–2087 belong to this file only (other files use the 2040s).
let users: RoleUsers;
let itemIds: Record<string, string>;
beforeAll(async () => {
  users = await makeRoleUsers();
  const instrument = await makeInstrument();
  itemIds = Object.fromEntries(instrument.sections.flatMap((s) => s.items).map((i) => [i.code, i.id]));
  // 2081-S1: 3 decided requests; 2 answered by day 10, 1 late; 1 register line without contact (66.67 % → 1).
  await decidedRequest("2081-02-10", "2081-02-14");
  await decidedRequest("2081-03-14", "2081-03-14");
  await decidedRequest("2081-04-20", "2081-04-15", false);
  await decidedRequest("2081-07-02", "2081-07-01"); // second half-year: not counted
  await decidedRequest("2084-02-10", "2084-02-14"); // 2084-S1: 1 of 1 on time → automatic 4
});
afterAll(() => db.$disconnect());

const scoreRow = (auditId: string, code: string) =>
  db.auditItemScore.findUniqueOrThrow({ where: { auditId_itemId: { auditId, itemId: itemIds[code] } } });

it("pre-fills items from the period's requests and marks unavailable sources without a number", async () => {
  const id = await createAudit(users.AUDITOR, { period: "2081-S1" }, db, LATER);
  expect(await scoreRow(id, "B.1")).toMatchObject({ prefillScore: 1, score: 1, prefillFigure: "2 dari 3 permohonan yang diputus dijawab dalam 10 hari kerja (66,67%)" });
  expect(await scoreRow(id, "B.2")).toMatchObject({ prefillScore: 1, prefillFigure: "2 dari 3 baris register permohonan yang diputus terisi lengkap (66,67%)" });
  // D.1 reads the DIP catalogue, which other test files fill: only its wording is fixed here.
  expect((await scoreRow(id, "D.1")).prefillFigure).toMatch(/informasi DIP terbit yang terlambat dimutakhirkan/);
  expect(await scoreRow(id, "D.2")).toMatchObject({ prefillScore: null, score: null, prefillFigure: null });
  await expect(createAudit(users.AUDITOR, { period: "2081-S1" }, db, LATER)).rejects.toThrow(/sudah ada/);
  // A semester still ahead has no data to audit; the refusal names its first day in words.
  await expect(createAudit(users.AUDITOR, { period: "2091-S2" }, db, LATER)).rejects.toThrow("Periode 2091-S2 belum dimulai; audit dapat dibuat sejak 1 Juli 2091.");
});

describe("only AUDITOR and ADMIN may score an audit", () => {
  let auditId: string;
  beforeAll(async () => {
    auditId = await createAudit(users.ADMIN, { period: "2082-S1" }, db, LATER);
  });

  it.each(ROLES)("%s", async (role: Role) => {
    const user: StaffUser = users[role];
    const allowed = role === "ADMIN" || role === "AUDITOR";
    const before = await scoreRow(auditId, "D.2");
    const audits = await db.internalAudit.count();
    const findings = await db.auditFinding.count({ where: { auditId } });
    const score = scoreAuditItem(user, { auditId, itemId: itemIds["D.2"], score: role === "ADMIN" ? "3" : "2", note: `oleh ${role}`, evidenceLink: "", overrideReason: "" });
    const create = createAudit(user, { period: `2083-S${role === "ADMIN" ? 1 : 2}` }, db, LATER);
    const finding = raiseFinding(user, { auditId, itemId: "", title: "Temuan uji peran", description: "Uraian temuan uji peran.", severity: "RENDAH", ownerId: users.PPID.id, dueDate: "2083-01-31" });
    const submit = submitAudit(user, { auditId, summary: "" });
    if (allowed) {
      await expect(score).resolves.toBeUndefined();
      await expect(create).resolves.toEqual(expect.any(String));
      await expect(finding).resolves.toEqual(expect.any(String));
      await expect(submit).rejects.toThrow(/butir yang belum dinilai/);
      expect((await scoreRow(auditId, "D.2")).note).toBe(`oleh ${role}`);
    } else {
      for (const p of [score, create, finding, submit]) await expect(p).rejects.toBeInstanceOf(ForbiddenError);
      expect(await scoreRow(auditId, "D.2")).toEqual(before);
      expect(await db.internalAudit.count()).toBe(audits);
      expect(await db.auditFinding.count({ where: { auditId } })).toBe(findings);
      expect((await db.internalAudit.findUniqueOrThrow({ where: { id: auditId } })).status).toBe("DRAFT");
    }
  });
});

it("an override of a pre-filled score needs a reason", async () => {
  const auditId = await createAudit(users.AUDITOR, { period: "2084-S1" }, db, LATER);
  const input = { auditId, itemId: itemIds["B.1"], score: "3", note: "", evidenceLink: "", overrideReason: "" };
  const refused = await scoreAuditItem(users.AUDITOR, input).catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(RuleError);
  expect((refused as RuleError).fieldErrors.overrideReason?.[0]).toMatch(/alasannya/);
  expect((await scoreRow(auditId, "B.1")).score).toBe(4);
  await scoreAuditItem(users.AUDITOR, { ...input, overrideReason: "Dua pemberitahuan dikirim tepat waktu lewat surel." });
  expect(await scoreRow(auditId, "B.1")).toMatchObject({ score: 3, prefillScore: 4, overrideReason: "Dua pemberitahuan dikirim tepat waktu lewat surel." });
  await expect(scoreAuditItem(users.AUDITOR, { ...input, score: "5", overrideReason: "x" })).rejects.toThrow("Nilai harus antara 0 dan 4.");
});

it("a submitted audit is locked (service and database); a revision copies it and both stay", async () => {
  const auditId = await createAudit(users.AUDITOR, { period: "2085-S1" }, db, LATER);
  // No decided requests in 2085, so the auditor scores the request items. D.1 reads the DIP catalogue,
  // which other test files may have filled: a reason covers the case where it was pre-filled.
  expect((await scoreRow(auditId, "B.1")).prefillFigure).toMatch(/Tidak ada data pada periode ini/);
  for (const [code, score] of [["B.1", "4"], ["B.2", "4"], ["D.1", "2"], ["D.2", "4"]] as const) {
    const overrideReason = code === "D.1" ? "Dinilai ulang dari pemeriksaan langsung katalog DIP." : "";
    await scoreAuditItem(users.AUDITOR, { auditId, itemId: itemIds[code], score, note: "", evidenceLink: "", overrideReason });
  }
  await submitAudit(users.AUDITOR, { auditId, summary: "Selesai." });
  const submitted = await db.internalAudit.findUniqueOrThrow({ where: { id: auditId } });
  // (3×100 + 1×100 + 2×50 + 2×100) / 8 = 87.5
  expect(submitted).toMatchObject({ status: "SUBMITTED", totalScore: 87.5, summary: "Selesai." });

  await expect(scoreAuditItem(users.AUDITOR, { auditId, itemId: itemIds["D.2"], score: "1", note: "", evidenceLink: "", overrideReason: "" })).rejects.toThrow(LOCKED_MESSAGE);
  await expect(submitAudit(users.ADMIN, { auditId, summary: "" })).rejects.toThrow(LOCKED_MESSAGE);
  await expect(raiseFinding(users.AUDITOR, { auditId, itemId: "", title: "Terlambat dicatat", description: "Temuan setelah audit dikirim.", severity: "RENDAH", ownerId: users.PPID.id, dueDate: "2085-12-31" })).rejects.toThrow(LOCKED_MESSAGE);
  // The database refuses too, whoever writes.
  await expect(db.internalAudit.update({ where: { id: auditId }, data: { totalScore: 100 } })).rejects.toThrow(/terkunci/);
  await expect(db.auditItemScore.updateMany({ where: { auditId }, data: { score: 4 } })).rejects.toThrow(/terkunci/);
  await expect(db.internalAudit.delete({ where: { id: auditId } })).rejects.toThrow();

  await expect(reviseAudit(users.AUDITOR, { auditId, reason: "x" })).rejects.toBeInstanceOf(RuleError);
  const revisionId = await reviseAudit(users.AUDITOR, { auditId, reason: "Bukti SK DIP baru diterima setelah audit dikirim." });
  const both = await db.internalAudit.findMany({ where: { period: "2085-S1" }, orderBy: { revision: "asc" }, select: { id: true, revision: true, status: true, revisionOfId: true } });
  expect(both).toEqual([
    { id: auditId, revision: 1, status: "SUBMITTED", revisionOfId: null },
    { id: revisionId, revision: 2, status: "DRAFT", revisionOfId: auditId },
  ]);
  expect((await scoreRow(revisionId, "D.2")).score).toBe(4);
  await scoreAuditItem(users.AUDITOR, { auditId: revisionId, itemId: itemIds["D.2"], score: "3", note: "", evidenceLink: "", overrideReason: "" });
  expect((await scoreRow(auditId, "D.2")).score).toBe(4);
  await expect(reviseAudit(users.AUDITOR, { auditId, reason: "Revisi dari versi lama tidak boleh." })).rejects.toThrow(/draf|revisi ke-2/);
});

it("findings: the owner records follow-ups and closes; others may not", async () => {
  const auditId = await createAudit(users.AUDITOR, { period: "2086-S1" }, db, LATER);
  const base = { auditId, itemId: itemIds["D.2"], title: "SK DIP belum ditetapkan", description: "Rancangan SK DIP belum ditandatangani.", severity: "TINGGI", ownerId: users.PPID.id, dueDate: "2086-03-31" };
  await expect(raiseFinding(users.AUDITOR, { ...base, dueDate: "31-03-2086" })).rejects.toBeInstanceOf(RuleError);
  const findingId = await raiseFinding(users.AUDITOR, base);
  const follow = (user: StaffUser, close = "") => recordFollowUp(user, { findingId, note: `Tindak lanjut oleh ${user.role}`, evidenceLink: "", close });

  await expect(follow(users.PETUGAS)).rejects.toThrow(/penanggung jawab/);
  await follow(users.PPID);
  await follow(users.PPID, "on");
  const finding = await db.auditFinding.findUniqueOrThrow({ where: { id: findingId }, include: { followUps: { orderBy: { at: "asc" } } } });
  expect(finding.status).toBe("DITUTUP");
  expect(finding.followUps.map((f) => [f.note, f.closes])).toEqual([["Tindak lanjut oleh PPID", false], ["Tindak lanjut oleh PPID", true]]);
  await expect(follow(users.AUDITOR)).rejects.toThrow("Temuan ini sudah ditutup.");
});

it("an evidence document is stored with the score and kept when the score changes again", async () => {
  const auditId = await createAudit(users.AUDITOR, { period: "2087-S1" }, db, LATER);
  const bytes = new TextEncoder().encode("%PDF-1.4\n% bukti audit\n%%EOF\n");
  const stored = await storeUpload({ name: "sk-dip.pdf", size: bytes.byteLength, type: "application/pdf", arrayBuffer: async () => bytes.buffer });
  const input = { auditId, itemId: itemIds["D.2"], score: "3", note: "", evidenceLink: "https://contoh.go.id/sk.pdf", overrideReason: "" };
  await scoreAuditItem(users.AUDITOR, input, undefined, stored);
  const row = await scoreRow(auditId, "D.2");
  expect(row).toMatchObject({ score: 3, evidenceLink: "https://contoh.go.id/sk.pdf" });
  expect(await db.uploadedFile.findUniqueOrThrow({ where: { id: row.evidenceFileId! } })).toMatchObject({ originalName: "sk-dip.pdf", mimeType: "application/pdf" });
  await scoreAuditItem(users.AUDITOR, { ...input, score: "4" });
  expect((await scoreRow(auditId, "D.2")).evidenceFileId).toBe(row.evidenceFileId);
});

it("pre-fills keberatan answered on time from the keberatan register", async () => {
  const { objectionsOnTime } = await import("@/lib/internal-audit/prefill/catalogue-sources");
  // Nothing falls due in 2086: said plainly, without a number.
  const empty = await objectionsOnTime.compute(db, { start: new Date("2086-01-01T00:00:00Z"), end: new Date("2086-06-30T23:59:59Z") });
  expect(empty).toEqual({ available: false, figure: expect.stringContaining("Tidak ada data pada periode ini") });
});

it("a semester that has not begun cannot be audited yet", async () => {
  const refusal = await createAudit(users.AUDITOR, { period: "2089-S2" }, db, new Date("2089-06-30T10:00:00Z")).catch((e) => e);
  expect(Object.keys((refusal as RuleError).fieldErrors)).toEqual(["period"]);
});
