/**
 * The client address used as the rate-limit subject. Behind the reverse proxy the app sees only the
 * proxy, so the address comes from its headers: X-Real-IP (set by the proxy, not appended to), else
 * the X-Forwarded-For entry added by the nearest trusted proxy. The left-most X-Forwarded-For entries
 * are typed by the client and could be forged to dodge the limit, so they are not used unless
 * RATE_LIMIT_TRUSTED_PROXIES (default 1) says there are more proxies in front.
 */
type HeaderReader = { get(name: string): string | null };

export function trustedProxyCount(): number {
  const value = Number(process.env.RATE_LIMIT_TRUSTED_PROXIES ?? "1");
  return Number.isInteger(value) && value >= 1 ? value : 1;
}

export function clientIpFromHeaders(headers: HeaderReader, trustedProxies: number = trustedProxyCount()): string {
  const realIp = headers.get("x-real-ip")?.trim();
  if (realIp) return realIp;
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  if (forwarded.length > 0) return forwarded[Math.max(0, forwarded.length - trustedProxies)];
  // No proxy headers (direct access in development): all such clients share one counter.
  return "unknown";
}
