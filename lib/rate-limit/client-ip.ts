/**
 * The client address used as the rate-limit subject. Behind the reverse proxy the app sees only the
 * proxy, so the address comes from its headers: the X-Forwarded-For entry added by the nearest trusted
 * proxy (Next.js itself fills X-Forwarded-For with the socket address when absent), or X-Real-IP when
 * RATE_LIMIT_IP_HEADER=x-real-ip says the proxy overwrites it. The left-most X-Forwarded-For entries
 * are typed by the client and could be forged to dodge the limit, so they are not used unless
 * RATE_LIMIT_TRUSTED_PROXIES (default 1) says there are more proxies in front.
 */
type HeaderReader = { get(name: string): string | null };

export function trustedProxyCount(): number {
  const value = Number(process.env.RATE_LIMIT_TRUSTED_PROXIES ?? "1");
  return Number.isInteger(value) && value >= 1 ? value : 1;
}

/** X-Real-IP is used only when the operator says the proxy sets it (a client could send its own). */
export function trustsRealIpHeader(): boolean {
  return process.env.RATE_LIMIT_IP_HEADER?.toLowerCase() === "x-real-ip";
}

export function clientIpFromHeaders(
  headers: HeaderReader,
  trustedProxies: number = trustedProxyCount(),
  useRealIp: boolean = trustsRealIpHeader(),
): string {
  const realIp = useRealIp ? headers.get("x-real-ip")?.trim() : undefined;
  if (realIp) return realIp;
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  if (forwarded.length > 0) return forwarded[Math.max(0, forwarded.length - trustedProxies)];
  // No proxy headers (direct access in development): all such clients share one counter.
  return "unknown";
}
