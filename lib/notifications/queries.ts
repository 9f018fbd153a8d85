import "server-only";
import { db } from "@/lib/db";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import type { OutboxStatus } from "@/lib/generated/prisma/enums";

const SELECT = { id: true, kind: true, toAddress: true, subject: true, status: true, attempts: true, lastError: true, sentAt: true, createdAt: true, nextAttemptAt: true, requestId: true } as const;

export async function listOutbox(user: StaffUser, status?: OutboxStatus) {
  assertPermission(user, "readOutbox");
  return db.outboxMessage.findMany({ where: status ? { status } : {}, orderBy: { createdAt: "desc" }, take: 200, select: SELECT });
}

/** Messages about one request (shown on its page, failed ones highlighted). */
export async function outboxOfRequest(user: StaffUser, requestId: string) {
  assertPermission(user, "readRequests");
  return db.outboxMessage.findMany({ where: { requestId }, orderBy: { createdAt: "asc" }, select: SELECT });
}

export const OUTBOX_STATUS_LABELS: Record<OutboxStatus, string> = {
  PENDING: "Menunggu dikirim",
  SENDING: "Sedang dikirim",
  SENT: "Terkirim",
  FAILED: "Gagal",
};
