import "server-only";
import type { Tx } from "@/lib/db";
import type { StaffUser } from "@/lib/auth/guard";
import { writeAudit } from "@/lib/audit/write-audit";
import { Prisma } from "@/lib/generated/prisma/client";
import { RuleError } from "@/lib/rule-error";
import { hashPassword } from "@/lib/users/password";
import type { NewUser } from "@/lib/users/schema";
import { isUniqueViolation } from "@/lib/db-errors";

// Writes shared by the admin services (which check permissions first) and scripts/create-admin.ts
// (run by whoever operates the server). No guard here on purpose: callers own that decision.

/** What an audit entry or a page may show of a user: never the password hash. */
export const SAFE_USER_SELECT = {
  id: true,
  username: true,
  name: true,
  email: true,
  nip: true,
  role: true,
  active: true,
} as const satisfies Prisma.UserSelect;

export type SafeUser = Prisma.UserGetPayload<{ select: typeof SAFE_USER_SELECT }>;

const USERNAME_TAKEN = "Nama pengguna sudah dipakai akun lain.";

export async function insertUser(tx: Tx, actor: StaffUser | null, data: NewUser): Promise<SafeUser> {
  const taken = await tx.user.findUnique({ where: { username: data.username }, select: { id: true } });
  if (taken) throw RuleError.at("username", USERNAME_TAKEN);
  const { password, ...fields } = data;
  let user: SafeUser;
  try {
    user = await tx.user.create({
      data: { ...fields, passwordHash: await hashPassword(password) },
      select: SAFE_USER_SELECT,
    });
  } catch (error) {
    // Two admins creating the same name at once: the unique index decides.
    if (isUniqueViolation(error)) {
      throw RuleError.at("username", USERNAME_TAKEN);
    }
    throw error;
  }
  await writeAudit(tx, actor, { action: "CREATE_USER", entityType: "User", entityId: user.id, after: user });
  return user;
}

/** Stores a new hash; the audit entry records that it happened, never the hash itself. */
export async function replacePassword(
  tx: Tx,
  actor: StaffUser | null,
  userId: string,
  password: string,
  extra: { active?: boolean; isDemo?: boolean } = {},
): Promise<SafeUser> {
  const before = await tx.user.findUnique({ where: { id: userId }, select: SAFE_USER_SELECT });
  if (!before) throw new RuleError("Akun tidak ditemukan.");
  const after = await tx.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(password), ...extra },
    select: SAFE_USER_SELECT,
  });
  await writeAudit(tx, actor, {
    action: "RESET_USER_PASSWORD",
    entityType: "User",
    entityId: userId,
    before,
    after: { ...after, passwordChanged: true },
  });
  return after;
}
