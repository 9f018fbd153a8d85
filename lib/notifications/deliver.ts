import "server-only";
import { db } from "@/lib/db";

export const MAX_ATTEMPTS = 5;
const LOCK_MINUTES = 5;

/** What delivery needs of a mail transport (nodemailer's Transporter fits). */
export type MailTransport = { sendMail(message: { from: string; to: string; subject: string; text: string; headers?: Record<string, string> }): Promise<unknown> };

type Claimed = { id: string; toAddress: string; subject: string; body: string; attempts: number; dedupeKey: string };

/**
 * Claims due messages with FOR UPDATE SKIP LOCKED: two instances running at once take disjoint rows,
 * and a row stays "SENDING" (leased) while it is sent, so no message goes out twice. A lease that
 * ran out (instance died mid-send) is claimed again.
 */
async function claim(now: Date, batch: number): Promise<Claimed[]> {
  const leaseEnd = new Date(now.getTime() + LOCK_MINUTES * 60_000);
  return db.$queryRaw<Claimed[]>`
    UPDATE "OutboxMessage" SET "status" = 'SENDING', "lockedUntil" = ${leaseEnd}, "attempts" = "attempts" + 1, "updatedAt" = ${now}
    WHERE "id" IN (
      SELECT "id" FROM "OutboxMessage"
      WHERE "nextAttemptAt" <= ${now} AND ("status" = 'PENDING' OR ("status" = 'SENDING' AND "lockedUntil" < ${now}))
      ORDER BY "createdAt" LIMIT ${batch} FOR UPDATE SKIP LOCKED)
    RETURNING "id", "toAddress", "subject", "body", "attempts", "dedupeKey"`;
}

/** Retry after 2, 4, 8, 16 minutes; then FAILED, visible to staff with the server's answer. */
export function retryDelayMinutes(attempts: number): number {
  return 2 ** attempts;
}

export async function deliverDueMessages(transport: MailTransport, from: string, now = new Date(), batch = 20) {
  const claimed = await claim(now, batch);
  let sent = 0;
  let failed = 0;
  for (const message of claimed) {
    try {
      await transport.sendMail({ from, to: message.toAddress, subject: message.subject, text: message.body, headers: { "X-PPID-Message": message.dedupeKey } });
      await db.outboxMessage.update({ where: { id: message.id }, data: { status: "SENT", sentAt: new Date(), lockedUntil: null, lastError: null } });
      sent++;
    } catch (error) {
      const finalAttempt = message.attempts >= MAX_ATTEMPTS;
      await db.outboxMessage.update({
        where: { id: message.id },
        data: {
          status: finalAttempt ? "FAILED" : "PENDING",
          lockedUntil: null,
          lastError: String((error as Error)?.message ?? error).slice(0, 1000),
          nextAttemptAt: new Date(now.getTime() + retryDelayMinutes(message.attempts) * 60_000),
        },
      });
      failed++;
    }
  }
  return { claimed: claimed.length, sent, failed };
}
