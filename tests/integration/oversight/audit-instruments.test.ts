import { ForbiddenError, type StaffUser } from "@/lib/auth/guard";
import { activateInstrument, addInstrumentItem, copyInstrument, removeInstrumentItem, updateInstrumentItem } from "@/lib/internal-audit/services/instruments";
import { RuleError } from "@/lib/rule-error";
import { createScratchDatabase, type ScratchDatabase } from "../support/scratch-database";

// A database of its own: activating an instrument deactivates every other one.
let scratch: ScratchDatabase;
let auditor: StaffUser;
let petugas: StaffUser;
let usedId: string;
const LEVELS = "Tidak ada\nSebagian kecil\nSebagian\nSebagian besar\nSeluruhnya";
beforeAll(async () => {
  scratch = await createScratchDatabase("ppid_audit_instruments");
  const c = scratch.client;
  const user = (role: "AUDITOR" | "PETUGAS") => c.user.create({ data: { username: role.toLowerCase(), name: `Uji ${role}`, role, passwordHash: "x" }, select: { id: true, name: true, username: true, role: true } });
  [auditor, petugas] = await Promise.all([user("AUDITOR"), user("PETUGAS")]);
  const used = await c.auditInstrument.create({
    data: {
      name: "Instrumen 2025",
      sections: { create: [{ standard: "PERMOHONAN", title: "Standar permohonan", order: 1, items: { create: [{ code: "B.1", question: "Permohonan dijawab dalam 10 hari kerja.", weight: 5, levels: LEVELS.split("\n"), prefillSource: "REQUESTS_ON_TIME", order: 0 }] } }] },
    },
    select: { id: true },
  });
  usedId = used.id;
  await c.internalAudit.create({ data: { instrumentId: usedId, period: "2025-S2", periodStart: new Date("2025-06-30T16:00:00Z"), periodEnd: new Date("2025-12-31T16:00:00Z"), auditorId: auditor.id } });
}, 180_000);
afterAll(async () => {
  await scratch?.drop();
});

const item = (extra: Record<string, string> = {}) => ({ question: "Register permohonan terisi lengkap setiap bulan.", weight: "2,5", maxScore: "4", levels: LEVELS, prefillSource: "", ...extra });

it("a used instrument is frozen; its copy is edited, then activated for new audits", async () => {
  const c = scratch.client;
  const usedItem = await c.auditItem.findFirstOrThrow({ where: { section: { instrumentId: usedId } }, select: { id: true, sectionId: true } });
  await expect(updateInstrumentItem(auditor, usedItem.id, item(), c)).rejects.toThrow(/sudah dipakai audit/);

  await expect(copyInstrument(petugas, usedId, { name: "Instrumen 2026" }, c)).rejects.toBeInstanceOf(ForbiddenError);
  const copyId = await copyInstrument(auditor, usedId, { name: "Instrumen 2026" }, c);
  const section = await c.auditSection.findFirstOrThrow({ where: { instrumentId: copyId }, select: { id: true, items: { select: { id: true, code: true, prefillSource: true } } } });
  expect(section.items).toEqual([expect.objectContaining({ code: "B.1", prefillSource: "REQUESTS_ON_TIME" })]);

  await addInstrumentItem(auditor, section.id, item(), c);
  await updateInstrumentItem(auditor, section.items[0].id, item({ question: "Permohonan dijawab paling lambat 10 hari kerja sejak diterima.", weight: "6", prefillSource: "REQUESTS_ON_TIME" }), c);
  const items = await c.auditItem.findMany({ where: { sectionId: section.id }, orderBy: { order: "asc" }, select: { code: true, weight: true, levels: true } });
  expect(items).toEqual([{ code: "B.1", weight: 6, levels: LEVELS.split("\n") }, { code: "B.2", weight: 2.5, levels: LEVELS.split("\n") }]);
  // The original is untouched.
  expect(await c.auditItem.count({ where: { section: { instrumentId: usedId } } })).toBe(1);

  await activateInstrument(auditor, copyId, c);
  expect(await c.auditInstrument.findMany({ where: { active: true }, select: { id: true } })).toEqual([{ id: copyId }]);
});

it("refuses at the field: levels that do not match the scale, an unknown data source, a zero weight", async () => {
  const c = scratch.client;
  const copyId = await copyInstrument(auditor, usedId, { name: "Instrumen uji isian" }, c);
  const section = await c.auditSection.findFirstOrThrow({ where: { instrumentId: copyId }, select: { id: true, items: { select: { id: true } } } });
  const fields = async (extra: Record<string, string>) => Object.keys(((await addInstrumentItem(auditor, section.id, item(extra), c).catch((e) => e)) as RuleError).fieldErrors);
  expect(await fields({ maxScore: "3" })).toEqual(["levels"]);
  expect(await fields({ prefillSource: "SKOR_KARANGAN" })).toEqual(["prefillSource"]);
  expect(await fields({ weight: "0" })).toEqual(["weight"]);
  // A pre-filled item maps its measured share onto 0–4, so its scale stays 4.
  expect(await fields({ maxScore: "2", levels: "Tidak\nSebagian\nSeluruhnya", prefillSource: "REQUESTS_ON_TIME" })).toEqual(["maxScore"]);
  await expect(removeInstrumentItem(auditor, section.items[0].id, c)).rejects.toThrow(/minimal satu butir/);
  expect(await c.auditLog.count({ where: { entityId: copyId } })).toBe(1); // only the copy itself
});
