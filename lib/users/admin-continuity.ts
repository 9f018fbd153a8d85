import "server-only";
import type { Tx } from "@/lib/db";
import { RuleError } from "@/lib/rule-error";

export const LAST_ADMIN_MESSAGE =
  "Akun ini adalah satu-satunya Administrator aktif. Tetapkan Administrator lain terlebih dahulu.";

/**
 * Refuses to remove `userId` from the active administrators when no other would remain.
 * Locks every active ADMIN row (FOR UPDATE), so two admins demoting each other at the same time
 * are serialised and the second one sees the first one's change.
 */
export async function assertAnotherActiveAdmin(tx: Tx, userId: string): Promise<void> {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "User" WHERE "role" = 'ADMIN' AND "active" = true ORDER BY "id" FOR UPDATE`;
  const isActiveAdmin = admins.some((admin) => admin.id === userId);
  if (isActiveAdmin && admins.length <= 1) throw new RuleError(LAST_ADMIN_MESSAGE);
}
