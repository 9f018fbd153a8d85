import { clientIpFromHeaders } from "@/lib/rate-limit/client-ip";

const headers = (values: Record<string, string>) => new Headers(values);

describe("clientIpFromHeaders", () => {
  it("prefers X-Real-IP set by the reverse proxy", () => {
    expect(clientIpFromHeaders(headers({ "x-real-ip": "203.0.113.7", "x-forwarded-for": "1.1.1.1, 203.0.113.7" }))).toBe("203.0.113.7");
  });

  it("takes the X-Forwarded-For entry added by the nearest trusted proxy, not the forgeable left-most one", () => {
    const forged = headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" });
    expect(clientIpFromHeaders(forged, 1)).toBe("203.0.113.7");
    expect(clientIpFromHeaders(headers({ "x-forwarded-for": "198.51.100.2, 10.0.0.5" }), 2)).toBe("198.51.100.2");
    expect(clientIpFromHeaders(headers({ "x-forwarded-for": "198.51.100.2" }), 3)).toBe("198.51.100.2");
  });

  it("falls back to one shared subject when no proxy header is present", () => {
    expect(clientIpFromHeaders(headers({}))).toBe("unknown");
    expect(clientIpFromHeaders(headers({ "x-forwarded-for": " , " }))).toBe("unknown");
  });
});
