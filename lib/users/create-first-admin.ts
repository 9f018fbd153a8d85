import "server-only";
import type { Db } from "@/lib/db";
import { RuleError, parseOrRefuse } from "@/lib/rule-error";
import { passwordWeakness } from "@/lib/users/password-policy";
import { createUserSchema, usernameSchema } from "@/lib/users/schema";
import { insertUser, replacePassword, type SafeUser } from "@/lib/users/user-writes";

// Used by scripts/create-admin.ts, run by whoever operates the server: there is no logged-in
// actor, so the audit entries carry actor null (the log shows "Sistem / baris perintah").

export type AdminCommandInput = {
  username: string;
  name?: string;
  email?: string;
  password: string;
  /** Allow replacing the password of an existing account instead of refusing. */
  resetPassword?: boolean;
};

export type AdminCommandResult = { outcome: "created" | "password-reset"; user: SafeUser };

export async function createOrResetAdmin(client: Db, input: AdminCommandInput): Promise<AdminCommandResult> {
  const username = parseOrRefuse(usernameSchema, input.username);
  return client.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { username }, select: { id: true } });
    if (existing) {
      if (!input.resetPassword) {
        throw RuleError.at("username", `Nama pengguna "${username}" sudah ada. Tambahkan --reset-password untuk mengganti kata sandinya.`);
      }
      const problem = passwordWeakness(input.password, { username });
      if (problem) throw RuleError.at("password", problem);
      // Recovery path: the account can log in again afterwards, also outside demo mode.
      const user = await replacePassword(tx, null, existing.id, input.password, { active: true, isDemo: false });
      return { outcome: "password-reset", user };
    }
    const data = parseOrRefuse(createUserSchema, { ...input, username, role: "ADMIN", nip: null });
    return { outcome: "created", user: await insertUser(tx, null, data) };
  });
}
