export { clientIpFromHeaders } from "./client-ip";
export { RATE_LIMITS } from "./policies";
export { consumeRateLimit, isRateLimited, retryAfterText, sweepExpiredCounters, type RateLimitPolicy, type RateLimitResult } from "./rate-limit";
