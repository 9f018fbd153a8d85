import "server-only";
import { headers } from "next/headers";
import { clientIpFromHeaders } from "./client-ip";
import { consumeRateLimit, type RateLimitPolicy, type RateLimitResult } from "./rate-limit";

/** The client address of the request being served (server actions, pages, route handlers). */
export async function currentClientIp(): Promise<string> {
  return clientIpFromHeaders(await headers());
}

/** Counts one hit under `policy` for the client of the current request. */
export async function limitCurrentClient(policy: RateLimitPolicy): Promise<RateLimitResult> {
  return consumeRateLimit(policy, await currentClientIp());
}
