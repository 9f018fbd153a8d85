/**
 * Demo staff accounts: one per role plus a second desk officer. The data lives in
 * demo-accounts.json so scripts/start.mjs (plain Node) can print the list without TypeScript.
 * These accounts are stored with isDemo = true and can log in only while DEMO_MODE=1.
 */
import type { Role } from "@/lib/generated/prisma/enums";
import accounts from "./demo-accounts.json";

export type DemoAccount = {
  username: string;
  role: Role;
  name: string;
  /** 18-digit NIP: birth date, appointment month, sex, serial (fictional). */
  nip: string;
  email: string;
};

/** The one password of every demo account (printed by the start script; never valid outside demo mode). */
export const DEMO_PASSWORD: string = accounts.password;

export const DEMO_ACCOUNTS: readonly DemoAccount[] = accounts.users.map((user) => ({ ...user, role: user.role as Role }));

/** Username, role and password, for the start script's banner and the README. */
export function demoAccountList(): { username: string; role: Role; password: string }[] {
  return DEMO_ACCOUNTS.map(({ username, role }) => ({ username, role, password: DEMO_PASSWORD }));
}
