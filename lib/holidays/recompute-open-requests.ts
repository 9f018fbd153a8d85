import "server-only";
import type { Tx } from "@/lib/db";
import type { StaffUser } from "@/lib/auth/guard";
import type { RequestStatus } from "@/lib/generated/prisma/enums";
import { calendarDateFromUtcDate } from "@/lib/deadlines";
import { loadClock } from "@/lib/deadlines/calendar-store";
import { refreshRequestDeadlines } from "@/lib/requests/request-deadlines";
import type { RecomputeSummary } from "@/lib/holidays/recompute-summary";

/** Once decided, a request's deadlines are history: holiday or setting edits must not rewrite them. */
export const CLOSED_REQUEST_STATUSES: readonly RequestStatus[] = ["DIPUTUSKAN", "SELESAI"];

export const DEADLINE_RECOMPUTED_EVENT = "TENGGAT_DIHITUNG_ULANG";

export type { RecomputeSummary };

const asDate = (value: Date | null) => (value ? calendarDateFromUtcDate(value) : null);
const sameDate = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

/**
 * Recomputes the due dates of every open request after the clock's inputs changed (a holiday was
 * added, edited or deleted, a year was marked, or the clock settings were saved). Must run inside
 * the transaction that made the change: the clock is loaded through `tx`, so it sees that change.
 * The one function used by the holiday pages, the settings page and the import command.
 */
export async function recomputeOpenRequests(tx: Tx, actor: StaffUser | null, reason: string): Promise<RecomputeSummary> {
  const clock = await loadClock(tx);
  const open = await tx.informationRequest.findMany({
    where: { status: { notIn: [...CLOSED_REQUEST_STATUSES] } },
    select: { id: true },
    orderBy: { receivedAt: "asc" },
  });
  let changed = 0;
  for (const request of open) {
    const { before, after } = await refreshRequestDeadlines(tx, request.id, clock);
    if (sameDate(before.dueDate, after.dueDate) && sameDate(before.extendedDueDate, after.extendedDueDate)) continue;
    changed++;
    await tx.requestEvent.create({
      data: {
        requestId: request.id,
        type: DEADLINE_RECOMPUTED_EVENT,
        note: reason,
        actorId: actor?.id ?? null,
        data: {
          before: { dueDate: asDate(before.dueDate), extendedDueDate: asDate(before.extendedDueDate) },
          after: { dueDate: asDate(after.dueDate), extendedDueDate: asDate(after.extendedDueDate) },
        },
      },
    });
  }
  return { checked: open.length, changed };
}

/** Transaction options for changes that recompute every open request (more than the 5 s default). */
export const RECOMPUTE_TRANSACTION_OPTIONS = { timeout: 60_000, maxWait: 10_000 } as const;
