import type { RateLimitPolicy } from "./rate-limit";

/** Limits of the public forms and look-ups (change here; each is per client address). */
export const RATE_LIMITS = {
  /** New information requests from the portal. */
  requestSubmission: { name: "permohonan", limit: 5, windowSeconds: 10 * 60 },
  /** Tracking look-ups (page, receipt and JSON): stops guessing tracking codes. */
  trackingLookup: { name: "lacak", limit: 30, windowSeconds: 10 * 60 },
  /** Objections (keberatan) and complaints (pengaduan) from the portal (issue 3). */
  objectionSubmission: { name: "keberatan", limit: 5, windowSeconds: 10 * 60 },
  complaintSubmission: { name: "pengaduan", limit: 5, windowSeconds: 10 * 60 },
  /** Failed staff logins per username and per address: stops password guessing. */
  loginFailuresPerAccount: { name: "masuk-akun", limit: 10, windowSeconds: 15 * 60 },
  loginFailuresPerAddress: { name: "masuk-alamat", limit: 30, windowSeconds: 15 * 60 },
  /** Survei Kepuasan Masyarakat answers (issue 5). */
  surveySubmission: { name: "survei", limit: 5, windowSeconds: 10 * 60 },
} as const satisfies Record<string, RateLimitPolicy>;
