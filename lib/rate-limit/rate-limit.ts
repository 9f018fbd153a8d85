import "server-only";
import { createHash } from "node:crypto";
import { db, type Db, type Tx } from "@/lib/db";

/**
 * Fixed-window rate limiting with the counters in PostgreSQL (RateLimitCounter), so every app
 * instance shares them. One atomic upsert per hit: no read-then-write race between instances.
 */
export type RateLimitPolicy = {
  /** Namespace of the counter, e.g. "permohonan" or "masuk". */
  name: string;
  /** Hits allowed per window. */
  limit: number;
  /** Window length in seconds (at most one day: older windows are swept). */
  windowSeconds: number;
};

export type RateLimitResult = {
  allowed: boolean;
  /** Hits in the current window, this one included. */
  count: number;
  limit: number;
  /** Seconds until the window resets (0 when allowed). */
  retryAfterSeconds: number;
};

export const MAX_WINDOW_SECONDS = 86_400;

// The subject (usually an IP address) is personal data: store only a hash of it.
function counterKey(policy: RateLimitPolicy, subject: string): string {
  const digest = createHash("sha256").update(subject).digest("hex").slice(0, 32);
  return `${policy.name}:${digest}`;
}

function currentWindow(policy: RateLimitPolicy, nowMs: number): Date {
  const windowMs = policy.windowSeconds * 1000;
  return new Date(Math.floor(nowMs / windowMs) * windowMs);
}

/** Whether `subject` has already used up the current window (reads only; counts nothing). */
export async function isRateLimited(policy: RateLimitPolicy, subject: string, options: { now?: Date; client?: Db | Tx } = {}): Promise<boolean> {
  const client = options.client ?? db;
  const row = await client.rateLimitCounter.findUnique({
    where: { key_windowStart: { key: counterKey(policy, subject), windowStart: currentWindow(policy, (options.now ?? new Date()).getTime()) } },
    select: { count: true },
  });
  return (row?.count ?? 0) >= policy.limit;
}

/** Counts one hit for `subject` under `policy` and says whether it is within the limit. */
export async function consumeRateLimit(
  policy: RateLimitPolicy,
  subject: string,
  options: { now?: Date; client?: Db | Tx } = {},
): Promise<RateLimitResult> {
  if (policy.windowSeconds > MAX_WINDOW_SECONDS || policy.windowSeconds < 1 || policy.limit < 1) {
    throw new RangeError(`Invalid rate-limit policy "${policy.name}"`);
  }
  const client = options.client ?? db;
  const nowMs = (options.now ?? new Date()).getTime();
  const windowMs = policy.windowSeconds * 1000;
  const windowStart = currentWindow(policy, nowMs);
  const key = counterKey(policy, subject);

  const rows = await client.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitCounter" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitCounter"."count" + 1
    RETURNING "count"`;
  const count = Number(rows[0].count);

  // First hit of a new window: sweep expired counters now and then instead of running a cron job.
  if (count === 1) await sweepExpiredCounters(client, new Date(nowMs - MAX_WINDOW_SECONDS * 1000));

  const allowed = count <= policy.limit;
  const retryAfterSeconds = allowed ? 0 : Math.max(1, Math.ceil((windowStart.getTime() + windowMs - nowMs) / 1000));
  return { allowed, count, limit: policy.limit, retryAfterSeconds };
}

/** Deletes counters whose window began before `before` (no policy window is longer than a day). */
export async function sweepExpiredCounters(client: Db | Tx, before: Date): Promise<number> {
  return client.$executeRaw`DELETE FROM "RateLimitCounter" WHERE "windowStart" < ${before}`;
}

/** "Silakan coba lagi dalam 7 menit." — the why and the when of a refusal, in Bahasa Indonesia. */
export function retryAfterText(retryAfterSeconds: number): string {
  if (retryAfterSeconds < 60) return `Silakan coba lagi dalam ${retryAfterSeconds} detik.`;
  return `Silakan coba lagi dalam ${Math.ceil(retryAfterSeconds / 60)} menit.`;
}
