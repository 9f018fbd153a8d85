import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { consumeRateLimit, type RateLimitPolicy } from "@/lib/rate-limit";

const policy = (limit: number, windowSeconds = 600): RateLimitPolicy => ({ name: `uji-${randomUUID().slice(0, 8)}`, limit, windowSeconds });
const NOW = new Date("2031-05-05T03:00:00Z"); // exactly on a 10-minute window boundary

afterAll(async () => {
  await db.$disconnect();
});

it("allows N hits per window, then refuses with the time until the window resets", async () => {
  const p = policy(5);
  const results = [];
  for (let i = 0; i < 7; i++) results.push(await consumeRateLimit(p, "203.0.113.7", { now: new Date(NOW.getTime() + 60_000) }));
  expect(results.map((r) => r.allowed)).toEqual([true, true, true, true, true, false, false]);
  expect(results.map((r) => r.count)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  expect(results[5].retryAfterSeconds).toBe(540); // 9 of the 10 minutes left
  expect(results[0].retryAfterSeconds).toBe(0);
});

it("counts each client and each policy separately", async () => {
  const p = policy(1);
  expect((await consumeRateLimit(p, "198.51.100.1", { now: NOW })).allowed).toBe(true);
  expect((await consumeRateLimit(p, "198.51.100.1", { now: NOW })).allowed).toBe(false);
  expect((await consumeRateLimit(p, "198.51.100.2", { now: NOW })).allowed).toBe(true);
  expect((await consumeRateLimit(policy(1), "198.51.100.1", { now: NOW })).allowed).toBe(true);
});

it("starts again in the next window", async () => {
  const p = policy(2, 60);
  for (let i = 0; i < 3; i++) await consumeRateLimit(p, "192.0.2.9", { now: NOW });
  expect((await consumeRateLimit(p, "192.0.2.9", { now: new Date(NOW.getTime() + 59_000) })).allowed).toBe(false);
  expect((await consumeRateLimit(p, "192.0.2.9", { now: new Date(NOW.getTime() + 60_000) }))).toMatchObject({ allowed: true, count: 1 });
});

it("is atomic: of 20 simultaneous hits exactly `limit` get through", async () => {
  const p = policy(5);
  const results = await Promise.all(Array.from({ length: 20 }, () => consumeRateLimit(p, "192.0.2.50", { now: NOW })));
  expect(results.filter((r) => r.allowed)).toHaveLength(5);
  expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
});

it("stores a hash, not the client address, and sweeps expired windows", async () => {
  const p = policy(3);
  const stale = await db.rateLimitCounter.create({
    data: { key: `${p.name}:stale`, windowStart: new Date(NOW.getTime() - 3 * 86_400_000), count: 9 },
  });
  await consumeRateLimit(p, "203.0.113.99", { now: NOW });
  const rows = await db.rateLimitCounter.findMany({ where: { key: { startsWith: `${p.name}:` } } });
  expect(rows.map((r) => r.key)).not.toContain(stale.key);
  expect(rows).toHaveLength(1);
  expect(rows[0].key).not.toContain("203.0.113.99");
});

it("refuses a policy it cannot keep", async () => {
  await expect(consumeRateLimit(policy(5, 2 * 86_400), "x")).rejects.toThrow(RangeError);
});
