import "server-only";
import { db, type Db } from "@/lib/db";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { writeAudit } from "@/lib/audit/write-audit";
import { parseOrRefuse, RuleError } from "@/lib/rule-error";
import type { CalendarDate } from "@/lib/deadlines";
import { formatDate } from "@/lib/format/dates";
import { parseAuditPeriod } from "../period";
import { computePrefills } from "../prefill/compute";
import { createAuditSchema } from "../schema";

/** A new draft audit for a period on the active instrument, items pre-filled from the system's data. */
export async function createAudit(user: StaffUser, input: Record<string, string>, client: Db = db, now = new Date()): Promise<string> {
  assertPermission(user, "scoreAudit");
  const { period: code } = parseOrRefuse(createAuditSchema, input);
  const period = parseAuditPeriod(code)!;
  // A semester that has not begun has no data: its pre-fills would be zeros, not findings.
  if (period.start > now) throw RuleError.at("period", `Periode ${period.code} belum dimulai; audit dapat dibuat sejak ${formatDate(`${period.start.getUTCFullYear()}-${period.code.endsWith("S1") ? "01" : "07"}-01` as CalendarDate)}.`);
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
