import "server-only";
import { db } from "@/lib/db";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { hasPermission } from "@/lib/auth/roles";
import { PREFILL_SOURCES } from "./prefill/sources";

export async function listInstruments(user: StaffUser) {
  assertPermission(user, "readOversight");
  return db.auditInstrument.findMany({
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, active: true, createdAt: true, _count: { select: { audits: true } } },
  });
}

/** One instrument with its sections and items, whether it may still be edited, and the pre-fill sources to choose from. */
export async function instrumentDetail(user: StaffUser, id: string) {
  assertPermission(user, "readOversight");
  const instrument = await db.auditInstrument.findUnique({
    where: { id },
    select: {
      id: true, name: true, active: true, createdAt: true, _count: { select: { audits: true } },
      sections: { orderBy: { order: "asc" }, select: { id: true, title: true, standard: true, items: { orderBy: { order: "asc" }, select: { id: true, code: true, question: true, weight: true, maxScore: true, levels: true, prefillSource: true } } } },
    },
  });
  if (!instrument) return null;
  const canManage = hasPermission(user.role, "manageAuditInstruments");
  return {
    instrument,
    canManage,
    editable: canManage && instrument._count.audits === 0,
    sources: Object.values(PREFILL_SOURCES).map((s) => ({ value: s.key, label: s.label })),
  };
}
