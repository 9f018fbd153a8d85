import "server-only";
import { db, type Tx } from "@/lib/db";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { writeAudit } from "@/lib/audit/write-audit";
import { calendarDateFromUtcDate, todayInZone, type CalendarDate } from "@/lib/deadlines";
import { loadClock, type Clock } from "@/lib/deadlines/calendar-store";
import type { Prisma } from "@/lib/generated/prisma/client";
import { refreshRequestDeadlines } from "@/lib/requests/request-deadlines";
import { DEADLINE_COLUMNS, DECISION_COLUMNS, DELIVERY_COLUMNS } from "@/lib/requests/select-fragments";
import { ACTION_PERMISSION, refusalOf, type RequestAction } from "@/lib/requests/transitions";
import { RuleError } from "@/lib/rule-error";

// Every column a staff action may change: snapshotted before and after for the audit log.
const TRACKED = {
  status: true,
  assignedToId: true,
  ...DEADLINE_COLUMNS,
  ...DECISION_COLUMNS,
  ...DELIVERY_COLUMNS,
  closedAt: true,
} as const satisfies Prisma.InformationRequestSelect;

export type LockedRequest = Prisma.InformationRequestGetPayload<{ select: typeof TRACKED }> & {
  id: string;
  receivedAt: Date;
};

export type TransitionContext = { tx: Tx; request: LockedRequest; clock: Clock; today: CalendarDate; now: Date };

export type TransitionChange = {
  data: Prisma.InformationRequestUncheckedUpdateInput;
  event: { type: string; note?: string | null; data?: Prisma.InputJsonObject };
  /** Recompute the stored due dates afterwards (pause, resume, extension). */
  recomputeDeadlines?: boolean;
};

function changedFields(before: Record<string, unknown>, after: Record<string, unknown>) {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const keys = Object.keys(after).filter((key) => !same(before[key], after[key]));
  const pick = (row: Record<string, unknown>) => Object.fromEntries(keys.map((key) => [key, row[key]]));
  return { before: pick(before), after: pick(after) };
}

/**
 * The one path every request transition takes: permission check, row lock, status rule
 * (lib/requests/transitions), the change, deadline refresh, RequestEvent and AuditLog, all in ONE
 * transaction. Any throw (RuleError included) rolls everything back.
 */
export async function runTransition(
  user: StaffUser,
  action: RequestAction,
  requestId: string,
  now: Date,
  plan: (context: TransitionContext) => Promise<TransitionChange>,
): Promise<void> {
  assertPermission(user, ACTION_PERMISSION[action]);
  await db.$transaction(async (tx) => {
    // Serialises two officers acting on the same request at the same moment.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "InformationRequest" WHERE "id" = ${requestId} FOR UPDATE`;
    if (locked.length === 0) throw new RuleError("Permohonan tidak ditemukan.");
    const select = { ...TRACKED, id: true, receivedAt: true } as const;
    const request = await tx.informationRequest.findUniqueOrThrow({ where: { id: requestId }, select });

    const clock = await loadClock(tx);
    const today = todayInZone(now, clock.settings.timeZone);
    const refusal = refusalOf(
      action,
      { ...request, noticeDueDate: request.noticeDueDate ? calendarDateFromUtcDate(request.noticeDueDate) : null },
      today,
    );
    if (refusal) throw new RuleError(refusal);

    const change = await plan({ tx, request, clock, today, now });
    await tx.informationRequest.update({ where: { id: requestId }, data: change.data });
    if (change.recomputeDeadlines) await refreshRequestDeadlines(tx, requestId, clock);
    const after = await tx.informationRequest.findUniqueOrThrow({ where: { id: requestId }, select: TRACKED });

    const { id: _id, receivedAt: _receivedAt, ...before } = request;
    const diff = changedFields(before, after);
    await tx.requestEvent.create({
      data: { requestId, type: change.event.type, note: change.event.note ?? null, data: change.event.data, actorId: user.id, at: now },
    });
    await writeAudit(tx, user, { action: `request.${action}`, entityType: "InformationRequest", entityId: requestId, ...diff });
  });
}
