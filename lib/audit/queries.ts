import "server-only";
import { db } from "@/lib/db";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { addDays } from "@/lib/deadlines";
import type { Prisma } from "@/lib/generated/prisma/client";
import { startOfOfficeDay } from "@/lib/datetime/zoned-to-utc";
import { AUDIT_PAGE_SIZE, SYSTEM_ACTOR, type AuditFilters } from "@/lib/audit/filters";

// Read-only access to the audit log (ADMIN, AUDITOR). Nothing here or anywhere edits it.
// The page guards itself with requirePermission and passes its user; the check is repeated here so
// no other caller can read the log without the permission.

function whereOf(filters: AuditFilters, timeZone: string): Prisma.AuditLogWhereInput {
  const at: Prisma.DateTimeFilter = {};
  if (filters.from) at.gte = startOfOfficeDay(filters.from, timeZone);
  if (filters.to) at.lt = startOfOfficeDay(addDays(filters.to, 1), timeZone);
  return {
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.actor ? { actorId: filters.actor === SYSTEM_ACTOR ? null : filters.actor } : {}),
    ...(filters.from || filters.to ? { at } : {}),
  };
}

/** One page of entries, newest first, with the total for pagination. */
export async function listAuditEntries(user: StaffUser, filters: AuditFilters, timeZone: string) {
  assertPermission(user, "readAuditLog");
  const where = whereOf(filters, timeZone);
  const [total, entries] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (filters.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        at: true,
        action: true,
        entityType: true,
        entityId: true,
        actorRole: true,
        before: true,
        after: true,
        actor: { select: { username: true, name: true } },
      },
    }),
  ]);
  return { total, entries, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}

/** Choices for the filter form: entity types and actors that occur in the log. */
export async function auditFilterOptions(user: StaffUser) {
  assertPermission(user, "readAuditLog");
  const [types, actors] = await Promise.all([
    db.auditLog.findMany({ distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } }),
    db.user.findMany({ where: { auditLogs: { some: {} } }, select: { id: true, username: true, name: true }, orderBy: { username: "asc" } }),
  ]);
  return { entityTypes: types.map((t) => t.entityType), actors };
}
