import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { isLoginBlocked, recordLoginFailure } from "@/lib/auth/login-throttle";
import { RATE_LIMITS } from "@/lib/rate-limit";

afterAll(() => db.$disconnect());

const from = (address: string) => ({ "x-forwarded-for": address });

it("blocks an account after the allowed failed logins, whatever address they come from", async () => {
  const username = `tebak-${randomUUID().slice(0, 8)}`;
  for (let i = 0; i < RATE_LIMITS.loginFailuresPerAccount.limit; i++) {
    expect(await isLoginBlocked(username, from(`198.51.100.${i + 1}`))).toBe(false);
    await recordLoginFailure(username, from(`198.51.100.${i + 1}`));
  }
  expect(await isLoginBlocked(username, from("198.51.100.250"))).toBe(true);
  expect(await isLoginBlocked(`${username}-lain`, from("203.0.113.77"))).toBe(false);
});

it("blocks an address that fails on many accounts", async () => {
  const address = `192.0.2.${randomUUID().slice(0, 6)}`;
  for (let i = 0; i < RATE_LIMITS.loginFailuresPerAddress.limit; i++) await recordLoginFailure(`akun-${randomUUID().slice(0, 8)}`, from(address));
  expect(await isLoginBlocked(`akun-${randomUUID().slice(0, 8)}`, from(address))).toBe(true);
});
