import "server-only";
import { db, type Tx } from "@/lib/db";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import type { Permission } from "@/lib/auth/roles";
import { writeAudit } from "@/lib/audit/write-audit";
import { todayInZone, type CalendarDate } from "@/lib/deadlines";
import { loadClock, type Clock } from "@/lib/deadlines/calendar-store";
import type { Prisma } from "@/lib/generated/prisma/client";
import { RuleError } from "@/lib/rule-error";

const TRACKED = {
  id: true, requestId: true, status: true, late: true, lateAcceptedAt: true, lateAcceptanceNote: true, decision: true,
  decisionReasons: true, orderedAction: true, decidedAt: true, answerDate: true, answerDueDate: true, atasanName: true,
  atasanPosition: true, carriedOutAt: true, carriedOutNote: true, requesterReaction: true, reactionAt: true,
  disputeFiledDate: true, disputeDueDate: true, disputeStage: true, disputeResult: true, registrationNumber: true,
  grounds: true, receivedAt: true, settledDate: true, settlementTerms: true,
} as const satisfies Prisma.ObjectionSelect;

export type LockedObjection = Prisma.ObjectionGetPayload<{ select: typeof TRACKED }>;
export type ObjectionChangeContext = { tx: Tx; objection: LockedObjection; clock: Clock; today: CalendarDate; now: Date };
export type ObjectionChange = {
  data: Prisma.ObjectionUncheckedUpdateInput;
  /** Also shown on the request's timeline (and, for public types, on /lacak). */
  requestEvent?: { type: string; note?: string };
};

/**
 * One path for every staff change to a keberatan: permission, row lock (two officers at once are
 * serialised), the rule check in `plan`, the change, an optional request event and the audit entry,
 * all in one transaction.
 */
export async function runObjectionChange(
  user: StaffUser,
  permission: Permission,
  action: string,
  objectionId: string,
  now: Date,
  plan: (context: ObjectionChangeContext) => ObjectionChange | Promise<ObjectionChange>,
): Promise<void> {
  assertPermission(user, permission);
  await db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Objection" WHERE "id" = ${objectionId} FOR UPDATE`;
    if (locked.length === 0) throw new RuleError("Keberatan tidak ditemukan.");
    const objection = await tx.objection.findUniqueOrThrow({ where: { id: objectionId }, select: TRACKED });
    const clock = await loadClock(tx);
    const change = await plan({ tx, objection, clock, today: todayInZone(now, clock.settings.timeZone), now });
    const after = await tx.objection.update({ where: { id: objectionId }, data: change.data, select: TRACKED });
    if (change.requestEvent) {
      await tx.requestEvent.create({
        data: { requestId: objection.requestId, type: change.requestEvent.type, note: change.requestEvent.note ?? null, data: { objectionId }, actorId: user.id, at: now },
      });
    }
    await writeAudit(tx, user, { action: `objection.${action}`, entityType: "Objection", entityId: objectionId, before: objection, after });
  });
}
