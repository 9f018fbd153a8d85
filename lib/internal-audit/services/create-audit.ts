import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { writeAudit } from "@/lib/audit/write-audit";
import { parseOrRefuse, RuleError } from "@/lib/rule-error";
import { parseAuditPeriod } from "../period";
import { PREFILL_SOURCES } from "../prefill/sources";
import type { AuditPeriodRange, PrefillResult } from "../prefill/types";
import { createAuditSchema } from "../schema";

/** Runs every data source an instrument's items name, once each, for the period. */
export async function computePrefills(client: Db | Tx, sources: (string | null)[], period: AuditPeriodRange) {
  const results = new Map<string, PrefillResult>();
  for (const key of new Set(sources.filter((s): s is string => Boolean(s)))) {
    const source = PREFILL_SOURCES[key];
    results.set(key, source ? await source.compute(client, period) : { available: false, figure: "Sumber data tidak dikenal." });
  }
  return results;
}

/** A new draft audit for a period on the active instrument, items pre-filled from the system's data. */
export async function createAudit(user: StaffUser, input: Record<string, string>, client: Db = db): Promise<string> {
  assertPermission(user, "scoreAudit");
  const { period: code } = parseOrRefuse(createAuditSchema, input);
  const period = parseAuditPeriod(code)!;
  return client.$transaction(async (tx) => {
    if (await tx.internalAudit.findFirst({ where: { period: period.code }, select: { id: true } })) {
      throw RuleError.at("period", `Audit periode ${period.code} sudah ada. Buka audit itu atau buat revisinya.`);
    }
    const instrument = await tx.auditInstrument.findFirst({
      where: { active: true },
      orderBy: { createdAt: "desc" },
      select: { id: true, sections: { select: { items: { select: { id: true, prefillSource: true } } } } },
    });
    if (!instrument) throw RuleError.at("period", "Belum ada instrumen audit yang aktif.");
    const items = instrument.sections.flatMap((s) => s.items);
    const prefills = await computePrefills(tx, items.map((i) => i.prefillSource), period);
    const audit = await tx.internalAudit.create({
      data: {
        instrumentId: instrument.id,
        period: period.code,
        periodStart: period.start,
        periodEnd: period.end,
        auditorId: user.id,
        scores: {
          create: items.map((item) => {
            const pre = item.prefillSource ? prefills.get(item.prefillSource) : undefined;
            const score = pre?.available ? pre.score : null;
            return { itemId: item.id, prefillScore: score, prefillFigure: pre?.figure ?? null, score };
          }),
        },
      },
      select: { id: true, period: true, revision: true },
    });
    await writeAudit(tx, user, { action: "INTERNAL_AUDIT_CREATE", entityType: "InternalAudit", entityId: audit.id, after: audit });
    return audit.id;
  });
}
