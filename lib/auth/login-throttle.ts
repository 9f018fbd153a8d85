import "server-only";
import { clientIpFromHeaders, consumeRateLimit, isRateLimited, RATE_LIMITS } from "@/lib/rate-limit";

type RawHeaders = Record<string, unknown> | undefined;

function subjects(username: string, headers: RawHeaders) {
  const plain = Object.fromEntries(Object.entries(headers ?? {}).filter(([, v]) => typeof v === "string")) as Record<string, string>;
  return [
    [RATE_LIMITS.loginFailuresPerAccount, username],
    [RATE_LIMITS.loginFailuresPerAddress, clientIpFromHeaders(new Headers(plain))],
  ] as const;
}

/**
 * Failed staff logins are counted per account and per client address (counters in PostgreSQL, shared
 * by all instances); successful ones are not. Once either limit is spent, the password is not even checked.
 */
export async function isLoginBlocked(username: string, headers: RawHeaders): Promise<boolean> {
  const checks = await Promise.all(subjects(username, headers).map(([policy, subject]) => isRateLimited(policy, subject)));
  return checks.some(Boolean);
}

export async function recordLoginFailure(username: string, headers: RawHeaders): Promise<void> {
  await Promise.all(subjects(username, headers).map(([policy, subject]) => consumeRateLimit(policy, subject)));
}
