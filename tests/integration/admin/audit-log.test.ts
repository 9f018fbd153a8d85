import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/auth/guard";
import { writeAudit } from "@/lib/audit/write-audit";
import { auditFilterOptions, listAuditEntries } from "@/lib/audit/queries";
import { AUDIT_PAGE_SIZE, parseAuditFilters, SYSTEM_ACTOR } from "@/lib/audit/filters";
import { makeStaff, uniqueName } from "./fixtures";

const TZ = "Asia/Makassar";

afterAll(() => db.$disconnect());

describe("AuditLog is append-only in the database", () => {
  it("rejects UPDATE and DELETE, even as raw SQL, and keeps the row unchanged", async () => {
    const admin = await makeStaff("ADMIN");
    const entityId = uniqueName("append-only");
    await db.$transaction((tx) => writeAudit(tx, admin, { action: "TEST_APPEND_ONLY", entityType: "Test", entityId, after: { value: 1 } }));
    const row = await db.auditLog.findFirstOrThrow({ where: { entityId } });

    await expect(db.$executeRaw`UPDATE "AuditLog" SET "action" = 'TAMPERED', "after" = NULL WHERE "id" = ${row.id}`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM "AuditLog" WHERE "id" = ${row.id}`).rejects.toThrow(/append-only/);
    await expect(db.auditLog.update({ where: { id: row.id }, data: { action: "TAMPERED" } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.deleteMany({ where: { id: row.id } })).rejects.toThrow(/append-only/);

    expect(await db.auditLog.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
  });
});

describe("reading the audit log", () => {
  it("lists newest first and filters by entity type, actor and office-zone dates", async () => {
    const admin = await makeStaff("ADMIN");
    const auditor = await makeStaff("AUDITOR");
    const entityType = `Uji${Math.random().toString(36).slice(2, 8)}`;
    // Two entries around midnight WITA (16:00 UTC) on 2026-05-31 and one by the system.
    const rows = [
      { at: new Date("2026-05-31T15:59:00Z"), actorId: admin.id, action: "A_31_MEI" },
      { at: new Date("2026-05-31T16:01:00Z"), actorId: admin.id, action: "B_1_JUNI" },
      { at: new Date("2026-06-01T03:00:00Z"), actorId: null, action: "C_SISTEM" },
    ];
    for (const row of rows) await db.auditLog.create({ data: { ...row, entityType, entityId: "x" } });

    const list = (params: Record<string, string>) => listAuditEntries(auditor, parseAuditFilters({ entitas: entityType, ...params }), TZ);
    expect((await list({})).entries.map((e) => e.action)).toEqual(["C_SISTEM", "B_1_JUNI", "A_31_MEI"]);
    expect((await list({ dari: "2026-06-01" })).entries.map((e) => e.action)).toEqual(["C_SISTEM", "B_1_JUNI"]);
    expect((await list({ sampai: "2026-05-31" })).entries.map((e) => e.action)).toEqual(["A_31_MEI"]);
    expect((await list({ pelaku: SYSTEM_ACTOR })).entries.map((e) => e.action)).toEqual(["C_SISTEM"]);
    const byAdmin = await list({ pelaku: admin.id });
    expect(byAdmin.total).toBe(2);
    expect(byAdmin.entries[0].actor).toEqual({ username: admin.username, name: admin.name });

    const options = await auditFilterOptions(admin);
    expect(options.entityTypes).toContain(entityType);
    expect(options.actors.map((a) => a.id)).toContain(admin.id);
  });

  it("paginates", async () => {
    const admin = await makeStaff("ADMIN");
    const entityType = `Hal${Math.random().toString(36).slice(2, 8)}`;
    await db.auditLog.createMany({
      data: Array.from({ length: AUDIT_PAGE_SIZE + 3 }, (_, i) => ({ entityType, action: `N${i}`, at: new Date(Date.UTC(2026, 0, 1, 0, i)) })),
    });
    const page2 = await listAuditEntries(admin, parseAuditFilters({ entitas: entityType, halaman: "2" }), TZ);
    expect(page2.total).toBe(AUDIT_PAGE_SIZE + 3);
    expect(page2.pageCount).toBe(2);
    expect(page2.entries.map((e) => e.action)).toEqual(["N2", "N1", "N0"]);
  });

  it.each(["PPID", "PETUGAS", "ATASAN", "PIMPINAN"] as const)("%s may not read it", async (role) => {
    const user = await makeStaff(role);
    await expect(listAuditEntries(user, parseAuditFilters({}), TZ)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(auditFilterOptions(user)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
