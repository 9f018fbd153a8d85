import {
  TRACKING_ALPHABET, TRACKING_CODE_LENGTH, formatTrackingCode, generateTrackingCode, normalizeTrackingCode, trackingCodesMatch,
} from "@/lib/requests/tracking-code";

describe("tracking codes", () => {
  it("are 10 characters from an alphabet without 0/O, 1/I/L", () => {
    expect(TRACKING_ALPHABET).not.toMatch(/[01OIL]/);
    const codes = Array.from({ length: 500 }, generateTrackingCode);
    for (const code of codes) expect(code).toMatch(new RegExp(`^[${TRACKING_ALPHABET}]{${TRACKING_CODE_LENGTH}}$`));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("are shown in two groups and read back however they are typed", () => {
    expect(formatTrackingCode("ABCDE23456")).toBe("ABCDE-23456");
    expect(normalizeTrackingCode(" abcde-23456 ")).toBe("ABCDE23456");
  });

  it("match only the stored code", () => {
    expect(trackingCodesMatch("abcde-23456", "ABCDE23456")).toBe(true);
    expect(trackingCodesMatch("ABCDE23457", "ABCDE23456")).toBe(false);
    expect(trackingCodesMatch("ABCDE2345", "ABCDE23456")).toBe(false);
    expect(trackingCodesMatch("", "ABCDE23456")).toBe(false);
  });
});
