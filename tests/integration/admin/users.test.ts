import bcrypt from "bcryptjs";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/auth/guard";
import { RuleError } from "@/lib/rule-error";
import { changeUserRole, createUser, resetUserPassword, setUserActive } from "@/lib/users/service";
import { assertAnotherActiveAdmin, LAST_ADMIN_MESSAGE } from "@/lib/users/admin-continuity";
import { createOrResetAdmin } from "@/lib/users/create-first-admin";
import { NON_ADMIN_ROLES, makeStaff, uniqueName } from "./fixtures";

const PASSWORD = "Kupang-Sejahtera-2026";
const newUserInput = (role = "PETUGAS") => ({ username: uniqueName("Baru").toUpperCase(), name: "Petugas Baru", email: "", nip: "198001012006041001", role, password: PASSWORD });

const auditOf = (entityId: string) => db.auditLog.findMany({ where: { entityType: "User", entityId }, orderBy: { at: "asc" } });
const hashOf = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true } })).passwordHash;

afterAll(() => db.$disconnect());

describe("creating users", () => {
  it("stores a lower-case username and a bcrypt hash (cost 10), and audits without the hash", async () => {
    const admin = await makeStaff("ADMIN");
    const input = newUserInput();
    const user = await createUser(admin, input);
    expect(user.username).toBe(input.username.toLowerCase());
    expect(user).not.toHaveProperty("passwordHash");
    const hash = await hashOf(user.id);
    expect(hash).toMatch(/^\$2[aby]\$10\$/);
    expect(await bcrypt.compare(PASSWORD, hash)).toBe(true);

    const [audit] = await auditOf(user.id);
    expect(audit).toMatchObject({ action: "CREATE_USER", actorId: admin.id, actorRole: "ADMIN" });
    expect(audit.after).toMatchObject({ username: user.username, role: "PETUGAS", nip: "198001012006041001", email: null });
    expect(JSON.stringify(audit)).not.toContain(hash);
    expect(JSON.stringify(audit)).not.toMatch(/passwordHash|Kupang-Sejahtera/);
  });

  it("refuses a taken username, a weak password and a bad NIP at their fields", async () => {
    const admin = await makeStaff("ADMIN");
    const first = await createUser(admin, newUserInput());
    await expect(createUser(admin, { ...newUserInput(), username: first.username.toUpperCase() })).rejects.toMatchObject({
      fieldErrors: { username: [expect.stringMatching(/sudah dipakai/)] },
    });
    await expect(createUser(admin, { ...newUserInput(), password: "pendek" })).rejects.toMatchObject({ fieldErrors: { password: [expect.any(String)] } });
    await expect(createUser(admin, { ...newUserInput(), nip: "12345" })).rejects.toMatchObject({ fieldErrors: { nip: [expect.any(String)] } });
  });
});

describe("changing users", () => {
  it("changes role, deactivates, reactivates and resets the password, each audited without hashes", async () => {
    const admin = await makeStaff("ADMIN");
    const user = await createUser(admin, newUserInput());
    const oldHash = await hashOf(user.id);

    expect((await changeUserRole(admin, user.id, { role: "PPID" })).role).toBe("PPID");
    expect((await setUserActive(admin, user.id, false)).active).toBe(false);
    expect((await setUserActive(admin, user.id, true)).active).toBe(true);
    await resetUserPassword(admin, user.id, { password: "Timor-Leste-Laut-2027" });
    const newHash = await hashOf(user.id);
    expect(newHash).not.toBe(oldHash);
    expect(await bcrypt.compare("Timor-Leste-Laut-2027", newHash)).toBe(true);

    const entries = await auditOf(user.id);
    expect(entries.map((e) => e.action)).toEqual(["CREATE_USER", "CHANGE_USER_ROLE", "DEACTIVATE_USER", "REACTIVATE_USER", "RESET_USER_PASSWORD"]);
    expect(entries[1].before).toMatchObject({ role: "PETUGAS" });
    expect(entries[1].after).toMatchObject({ role: "PPID" });
    expect(entries[4].after).toMatchObject({ passwordChanged: true });
    const text = JSON.stringify(entries);
    expect(text).not.toContain(oldHash);
    expect(text).not.toContain(newHash);
    expect(text).not.toContain("passwordHash");
  });

  it("refuses a reset password that contains the username", async () => {
    const admin = await makeStaff("ADMIN");
    const user = await createUser(admin, newUserInput());
    const before = await hashOf(user.id);
    await expect(resetUserPassword(admin, user.id, { password: `${user.username}-2026!` })).rejects.toMatchObject({
      fieldErrors: { password: [expect.stringMatching(/nama pengguna/)] },
    });
    expect(await hashOf(user.id)).toBe(before);
  });

  it("an admin cannot demote or deactivate their own account", async () => {
    const admin = await makeStaff("ADMIN");
    await expect(changeUserRole(admin, admin.id, { role: "PPID" })).rejects.toBeInstanceOf(RuleError);
    await expect(setUserActive(admin, admin.id, false)).rejects.toBeInstanceOf(RuleError);
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: "ADMIN", active: true });
  });
});

describe("the last active ADMIN cannot be removed", () => {
  it("the rule refuses when the user is the only active admin (checked in a rolled-back transaction)", async () => {
    const lone = await makeStaff("ADMIN");
    const attempt = db.$transaction(async (tx) => {
      await tx.user.updateMany({ where: { role: "ADMIN", active: true, id: { not: lone.id } }, data: { active: false } });
      await assertAnotherActiveAdmin(tx, lone.id);
    });
    await expect(attempt).rejects.toThrow(LAST_ADMIN_MESSAGE);
    // The rollback left everyone else as they were; with a second admin the same check passes.
    await makeStaff("ADMIN");
    await expect(db.$transaction((tx) => assertAnotherActiveAdmin(tx, lone.id))).resolves.toBeUndefined();
  });

  it("the services refuse to demote or deactivate the last active admin", async () => {
    const last = await makeStaff("ADMIN");
    // The acting admin's own row was deactivated after it logged in (a stale session) — the only way
    // an admin other than the target can act while the target is the last active one.
    const actor = await makeStaff("ADMIN");
    const others = await db.user.findMany({ where: { role: "ADMIN", active: true, id: { not: last.id } }, select: { id: true } });
    await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { active: false } });
    try {
      await expect(changeUserRole(actor, last.id, { role: "AUDITOR" })).rejects.toThrow(LAST_ADMIN_MESSAGE);
      await expect(setUserActive(actor, last.id, false)).rejects.toThrow(LAST_ADMIN_MESSAGE);
      expect(await db.user.findUniqueOrThrow({ where: { id: last.id } })).toMatchObject({ role: "ADMIN", active: true });
    } finally {
      await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { active: true } });
    }
  });

  it("two admins demoting each other at the same time leave one admin", async () => {
    const a = await makeStaff("ADMIN");
    const b = await makeStaff("ADMIN");
    const others = await db.user.findMany({ where: { role: "ADMIN", active: true, id: { notIn: [a.id, b.id] } }, select: { id: true } });
    await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { active: false } });
    try {
      // A demotes B in a transaction that stays open until we let it commit ...
      let commit!: () => void;
      let demoted!: () => void;
      const gate = new Promise<void>((resolve) => (commit = resolve));
      const bDemoted = new Promise<void>((resolve) => (demoted = resolve));
      const first = db.$transaction(async (tx) => {
        await assertAnotherActiveAdmin(tx, b.id);
        await tx.user.update({ where: { id: b.id }, data: { role: "PPID" } });
        demoted();
        await gate;
      }, { timeout: 20_000 });
      await bDemoted;
      // ... while B demotes A. B's check must wait for A's transaction, then see that A is the last admin.
      const second = changeUserRole(b, a.id, { role: "PPID" });
      const settledEarly = await Promise.race([second.then(() => true, () => true), new Promise((r) => setTimeout(() => r(false), 500))]);
      expect(settledEarly).toBe(false); // blocked on the lock, not decided on stale data
      commit();
      await first;
      await expect(second).rejects.toThrow(LAST_ADMIN_MESSAGE);
      expect(await db.user.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ role: "ADMIN", active: true });
    } finally {
      await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { active: true } });
    }
  });
});

describe("only ADMIN may manage users", () => {
  it.each(NON_ADMIN_ROLES)("%s is refused and nothing changes", async (role) => {
    const admin = await makeStaff("ADMIN");
    const target = await createUser(admin, newUserInput());
    const user = await makeStaff(role);
    const snapshot = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    const usersBefore = await db.user.count();
    const auditBefore = await db.auditLog.count();

    await expect(createUser(user, newUserInput())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(changeUserRole(user, target.id, { role: "ADMIN" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setUserActive(user, target.id, false)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(resetUserPassword(user, target.id, { password: "Sumba-Barat-Daya-2026" })).rejects.toBeInstanceOf(ForbiddenError);
    // Not even their own role can be raised.
    await expect(changeUserRole(user, user.id, { role: "ADMIN" })).rejects.toBeInstanceOf(ForbiddenError);

    expect(await db.user.count()).toBe(usersBefore);
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toEqual(snapshot);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ role });
    expect(await db.auditLog.count()).toBe(auditBefore);
  });
});

describe("createOrResetAdmin (scripts/create-admin.ts)", () => {
  it("creates an ADMIN, refuses an existing name, and resets the password only when asked", async () => {
    const username = uniqueName("admin");
    const created = await createOrResetAdmin(db, { username, name: "Admin Pertama", password: PASSWORD });
    expect(created.outcome).toBe("created");
    expect(created.user).toMatchObject({ username, role: "ADMIN", active: true });
    const [audit] = await auditOf(created.user.id);
    expect(audit).toMatchObject({ action: "CREATE_USER", actorId: null });

    await expect(createOrResetAdmin(db, { username, name: "Lagi", password: PASSWORD })).rejects.toMatchObject({
      fieldErrors: { username: [expect.stringMatching(/--reset-password/)] },
    });
    await expect(createOrResetAdmin(db, { username, password: "lemah", resetPassword: true })).rejects.toBeInstanceOf(RuleError);

    await db.user.update({ where: { id: created.user.id }, data: { active: false, isDemo: true } });
    const reset = await createOrResetAdmin(db, { username, password: "Flores-Timur-Larantuka", resetPassword: true });
    expect(reset.outcome).toBe("password-reset");
    const row = await db.user.findUniqueOrThrow({ where: { id: created.user.id } });
    expect(row).toMatchObject({ active: true, isDemo: false });
    expect(await bcrypt.compare("Flores-Timur-Larantuka", row.passwordHash)).toBe(true);
  });

  it("refuses a weak password when creating", async () => {
    const username = uniqueName("admin");
    await expect(createOrResetAdmin(db, { username, name: "Admin Lemah", password: "1234567890" })).rejects.toMatchObject({
      fieldErrors: { password: [expect.any(String)] },
    });
    expect(await db.user.findUnique({ where: { username } })).toBeNull();
  });
});
