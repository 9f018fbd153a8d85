import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { writeAudit } from "@/lib/audit/write-audit";
import { parseOrRefuse, RuleError } from "@/lib/rule-error";
import { PREFILL_SOURCES } from "../prefill/sources";
import { instrumentItemSchema, instrumentNameSchema } from "../instrument-schema";

// An instrument that audits have used is frozen, so past scores keep their meaning; changes are made on
// a copy (a new version), which becomes the one new audits use when it is activated.

async function editableInstrument(tx: Tx, instrumentId: string) {
  const instrument = await tx.auditInstrument.findUnique({ where: { id: instrumentId }, select: { id: true, name: true, _count: { select: { audits: true } } } });
  if (!instrument) throw new RuleError("Instrumen tidak ditemukan.");
  if (instrument._count.audits > 0) throw new RuleError("Instrumen ini sudah dipakai audit dan tidak dapat diubah; salin sebagai versi baru untuk mengubahnya.");
  return instrument;
}

function itemData(input: Record<string, string>) {
  const v = parseOrRefuse(instrumentItemSchema, input);
  if (v.prefillSource && !PREFILL_SOURCES[v.prefillSource]) throw RuleError.at("prefillSource", "Pilih sumber data dari daftar.");
  return v;
}

/** Copies an instrument (sections and items) as an inactive draft with a new name; returns its id. */
export async function copyInstrument(user: StaffUser, sourceId: string, input: Record<string, string>, client: Db = db): Promise<string> {
  assertPermission(user, "manageAuditInstruments");
  const { name } = parseOrRefuse(instrumentNameSchema, input);
  return client.$transaction(async (tx) => {
    const source = await tx.auditInstrument.findUnique({
      where: { id: sourceId },
      select: { name: true, sections: { orderBy: { order: "asc" }, select: { standard: true, title: true, order: true, items: { orderBy: { order: "asc" }, select: { code: true, question: true, weight: true, maxScore: true, levels: true, prefillSource: true, order: true } } } } },
    });
    if (!source) throw new RuleError("Instrumen tidak ditemukan.");
    const copy = await tx.auditInstrument.create({
      data: {
        name, active: false,
        sections: { create: source.sections.map(({ items, ...section }) => ({ ...section, items: { create: items.map((item) => ({ ...item, levels: item.levels ?? [] })) } })) },
      },
      select: { id: true },
    });
    await writeAudit(tx, user, { action: "AUDIT_INSTRUMENT_COPIED", entityType: "AuditInstrument", entityId: copy.id, after: { name, copiedFrom: source.name } });
    return copy.id;
  });
}

export async function updateInstrumentItem(user: StaffUser, itemId: string, input: Record<string, string>, client: Db = db): Promise<void> {
  assertPermission(user, "manageAuditInstruments");
  const v = itemData(input);
  await client.$transaction(async (tx) => {
    const before = await tx.auditItem.findUnique({ where: { id: itemId }, include: { section: { select: { instrumentId: true } } } });
    if (!before) throw new RuleError("Butir tidak ditemukan.");
    await editableInstrument(tx, before.section.instrumentId);
    const after = await tx.auditItem.update({ where: { id: itemId }, data: v });
    await writeAudit(tx, user, { action: "AUDIT_INSTRUMENT_ITEM_UPDATED", entityType: "AuditInstrument", entityId: before.section.instrumentId, before, after });
  });
}

/** Adds an item at the end of a section; its code continues the section's numbering (B.3 after B.2). */
export async function addInstrumentItem(user: StaffUser, sectionId: string, input: Record<string, string>, client: Db = db): Promise<void> {
  assertPermission(user, "manageAuditInstruments");
  const v = itemData(input);
  await client.$transaction(async (tx) => {
    const section = await tx.auditSection.findUnique({ where: { id: sectionId }, select: { instrumentId: true, order: true, items: { select: { code: true, order: true } } } });
    if (!section) throw new RuleError("Bagian instrumen tidak ditemukan.");
    await editableInstrument(tx, section.instrumentId);
    const prefix = section.items[0]?.code.split(".")[0] ?? String.fromCharCode(65 + section.order);
    const next = Math.max(0, ...section.items.map((i) => Number(i.code.split(".")[1]) || 0)) + 1;
    const order = Math.max(-1, ...section.items.map((i) => i.order)) + 1;
    const item = await tx.auditItem.create({ data: { sectionId, code: `${prefix}.${next}`, order, ...v } });
    await writeAudit(tx, user, { action: "AUDIT_INSTRUMENT_ITEM_ADDED", entityType: "AuditInstrument", entityId: section.instrumentId, after: item });
  });
}

export async function removeInstrumentItem(user: StaffUser, itemId: string, client: Db = db): Promise<void> {
  assertPermission(user, "manageAuditInstruments");
  await client.$transaction(async (tx) => {
    const item = await tx.auditItem.findUnique({ where: { id: itemId }, include: { section: { select: { instrumentId: true, _count: { select: { items: true } } } } } });
    if (!item) throw new RuleError("Butir tidak ditemukan.");
    await editableInstrument(tx, item.section.instrumentId);
    if (item.section._count.items <= 1) throw new RuleError("Setiap bagian (standar layanan) memerlukan minimal satu butir.");
    await tx.auditItem.delete({ where: { id: itemId } });
    const { section, ...before } = item;
    await writeAudit(tx, user, { action: "AUDIT_INSTRUMENT_ITEM_REMOVED", entityType: "AuditInstrument", entityId: section.instrumentId, before, after: null });
  });
}

/** Makes this instrument the one new audits use (the others stay as history). */
export async function activateInstrument(user: StaffUser, instrumentId: string, client: Db = db): Promise<void> {
  assertPermission(user, "manageAuditInstruments");
  await client.$transaction(async (tx) => {
    const instrument = await tx.auditInstrument.findUnique({ where: { id: instrumentId }, select: { id: true, name: true } });
    if (!instrument) throw new RuleError("Instrumen tidak ditemukan.");
    await tx.auditInstrument.updateMany({ where: { id: { not: instrumentId } }, data: { active: false } });
    await tx.auditInstrument.update({ where: { id: instrumentId }, data: { active: true } });
    await writeAudit(tx, user, { action: "AUDIT_INSTRUMENT_ACTIVATED", entityType: "AuditInstrument", entityId: instrumentId, after: { name: instrument.name } });
  });
}
