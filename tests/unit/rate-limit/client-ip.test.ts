import { clientIpFromHeaders } from "@/lib/rate-limit/client-ip";

const headers = (values: Record<string, string>) => new Headers(values);

describe("clientIpFromHeaders", () => {
  it("uses X-Real-IP only when the operator says the proxy sets it", () => {
    const h = headers({ "x-real-ip": "203.0.113.7", "x-forwarded-for": "1.1.1.1, 198.51.100.9" });
    expect(clientIpFromHeaders(h, 1, true)).toBe("203.0.113.7");
    // By default a client-sent X-Real-IP is ignored: it would hand out a fresh allowance per request.
    expect(clientIpFromHeaders(h, 1, false)).toBe("198.51.100.9");
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
