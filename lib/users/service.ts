import "server-only";
import { db, type Tx } from "@/lib/db";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { writeAudit } from "@/lib/audit/write-audit";
import { RuleError, parseOrRefuse } from "@/lib/rule-error";
import { assertAnotherActiveAdmin } from "@/lib/users/admin-continuity";
import { changeRoleSchema, createUserSchema, resetPasswordSchema } from "@/lib/users/schema";
import { passwordWeakness } from "@/lib/users/password-policy";
import { insertUser, replacePassword, SAFE_USER_SELECT, type SafeUser } from "@/lib/users/user-writes";

// User administration (ADMIN only). Every function checks the permission itself, validates its
// input, and writes the change and its audit entry in one transaction.

async function loadUser(tx: Tx, userId: string): Promise<SafeUser> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: SAFE_USER_SELECT });
  if (!user) throw new RuleError("Akun tidak ditemukan.");
  return user;
}

export async function createUser(actor: StaffUser, input: unknown): Promise<SafeUser> {
  assertPermission(actor, "manageUsers");
  const data = parseOrRefuse(createUserSchema, input);
  return db.$transaction((tx) => insertUser(tx, actor, data));
}

export async function changeUserRole(actor: StaffUser, userId: string, input: unknown): Promise<SafeUser> {
  assertPermission(actor, "manageUsers");
  const { role } = parseOrRefuse(changeRoleSchema, input);
  return db.$transaction(async (tx) => {
    const before = await loadUser(tx, userId);
    if (before.role === role) return before;
    if (before.role === "ADMIN") {
      if (userId === actor.id) throw RuleError.at("role", "Anda tidak dapat menurunkan peran akun Anda sendiri.");
      await assertAnotherActiveAdmin(tx, userId);
    }
    const after = await tx.user.update({ where: { id: userId }, data: { role }, select: SAFE_USER_SELECT });
    await writeAudit(tx, actor, { action: "CHANGE_USER_ROLE", entityType: "User", entityId: userId, before, after });
    return after;
  });
}

export async function setUserActive(actor: StaffUser, userId: string, active: boolean): Promise<SafeUser> {
  assertPermission(actor, "manageUsers");
  return db.$transaction(async (tx) => {
    const before = await loadUser(tx, userId);
    if (before.active === active) return before;
    if (!active) {
      if (userId === actor.id) throw new RuleError("Anda tidak dapat menonaktifkan akun Anda sendiri.");
      await assertAnotherActiveAdmin(tx, userId);
    }
    const after = await tx.user.update({ where: { id: userId }, data: { active }, select: SAFE_USER_SELECT });
    await writeAudit(tx, actor, {
      action: active ? "REACTIVATE_USER" : "DEACTIVATE_USER",
      entityType: "User",
      entityId: userId,
      before,
      after,
    });
    return after;
  });
}

export async function resetUserPassword(actor: StaffUser, userId: string, input: unknown): Promise<SafeUser> {
  assertPermission(actor, "manageUsers");
  const { password } = parseOrRefuse(resetPasswordSchema, input);
  return db.$transaction(async (tx) => {
    const user = await loadUser(tx, userId);
    const problem = passwordWeakness(password, { username: user.username });
    if (problem) throw RuleError.at("password", problem);
    return replacePassword(tx, actor, userId, password);
  });
}
