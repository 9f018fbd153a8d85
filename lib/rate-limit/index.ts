export { clientIpFromHeaders } from "./client-ip";
export { RATE_LIMITS } from "./policies";
export { consumeRateLimit, retryAfterText, sweepExpiredCounters, type RateLimitPolicy, type RateLimitResult } from "./rate-limit";
