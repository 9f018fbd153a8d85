import "server-only";
import type { Db, Tx } from "@/lib/db";

export type OutgoingMessage = { dedupeKey: string; kind: string; to: string; subject: string; body: string; requestId?: string | null };

/**
 * Puts messages in the outbox inside the caller's transaction (sent only if the change commits).
 * A message whose dedupeKey is already there is skipped: enqueueing twice never sends twice.
 */
export async function enqueueMessages(client: Tx | Db, messages: OutgoingMessage[]): Promise<number> {
  const valid = messages.filter((m) => m.to.includes("@"));
  if (valid.length === 0) return 0;
  const result = await client.outboxMessage.createMany({
    data: valid.map((m) => ({ dedupeKey: m.dedupeKey, kind: m.kind, toAddress: m.to, subject: m.subject, body: m.body, requestId: m.requestId ?? null })),
    skipDuplicates: true,
  });
  return result.count;
}

/** E-mail addresses of active staff with one of the roles (for "new keberatan", "due soon", …). */
export async function staffAddresses(client: Tx | Db, roles: ("ADMIN" | "PPID" | "PETUGAS" | "ATASAN")[]): Promise<string[]> {
  const users = await client.user.findMany({ where: { active: true, role: { in: roles }, email: { not: null } }, select: { email: true } });
  return users.map((u) => u.email!).filter((e) => e.includes("@"));
}
