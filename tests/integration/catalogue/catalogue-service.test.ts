import { db } from "@/lib/db";
import { ForbiddenError, type StaffUser } from "@/lib/auth/guard";
import { ALL_ROLES, hasPermission } from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";
import { createDipItem, setDipItemWithdrawn, updateDipItem, verifyDipItem } from "@/lib/catalogue/service";
import { saveMandatoryKind } from "@/lib/catalogue/mandatory-service";
import { getPublicItem, listActiveAnnouncements, listPublicItems } from "@/lib/catalogue/public-queries";
import { monitorItems } from "@/lib/catalogue/staff-queries";
import { RuleError } from "@/lib/rule-error";
import { makeStaff } from "../admin/fixtures";
import { EXEMPT_SECRET, exemptValues, itemValues, marker } from "./fixtures";

const users = {} as Record<Role, StaffUser>;
beforeAll(async () => {
  for (const role of ALL_ROLES) users[role] = await makeStaff(role);
});
afterAll(() => db.$disconnect());

const catching = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e);

describe("role guard: only ADMIN and PPID manage the catalogue", () => {
  it("refuses every other role and leaves the database unchanged", async () => {
    const ppidItem = await createDipItem(users.PPID, itemValues(), null);
    for (const role of ALL_ROLES.filter((r) => !hasPermission(r, "manageCatalogue"))) {
      const before = { items: await db.dipItem.count(), row: await db.dipItem.findUnique({ where: { id: ppidItem.id } }), verifications: await db.dipVerification.count(), kinds: await db.dipMandatoryKind.count(), audits: await db.auditLog.count() };
      const attempts = [
        createDipItem(users[role], itemValues(), null),
        updateDipItem(users[role], ppidItem.id, itemValues({ title: "Diubah tanpa hak" }), null),
        verifyDipItem(users[role], ppidItem.id, { contentCurrent: "on", figuresMatch: "on", accessWorks: "on", formatAccessible: "on", notes: "x" }),
        setDipItemWithdrawn(users[role], ppidItem.id, true),
        saveMandatoryKind(users[role], null, { code: `X-${role}`, category: "BERKALA", legalBasis: "Pasal 9", title: "Uji", description: "", sortOrder: "1", active: "on" }),
      ];
      for (const result of await Promise.all(attempts.map(catching))) expect(result).toBeInstanceOf(ForbiddenError);
      expect({ items: await db.dipItem.count(), row: await db.dipItem.findUnique({ where: { id: ppidItem.id } }), verifications: await db.dipVerification.count(), kinds: await db.dipMandatoryKind.count(), audits: await db.auditLog.count() }).toEqual(before);
    }
    expect(await catching(createDipItem(users.ADMIN, itemValues(), null))).toBeNull();
  });
});

describe("publishing", () => {
  it("serta merta is published at once even without the publish box, and shows in the banner", async () => {
    const now = new Date();
    const item = await createDipItem(users.PPID, itemValues({ category: "SERTA_MERTA", publish: "", updateCycleMonths: "12" }), null, now);
    expect(item.publishedAt).toEqual(now);
    const banner = await listActiveAnnouncements(14, new Date(now.getTime() + 1000));
    expect(banner.map((b) => b.id)).toContain(item.id);
  });

  it("a draft stays off the portal; a withdrawn item disappears", async () => {
    const draft = await createDipItem(users.PPID, itemValues({ publish: "" }), null);
    expect(await getPublicItem(draft.id)).toBeNull();
    const live = await createDipItem(users.PPID, itemValues(), null);
    expect(await getPublicItem(live.slug)).not.toBeNull();
    await setDipItemWithdrawn(users.PPID, live.id, true);
    expect(await getPublicItem(live.slug)).toBeNull();
  });

  it("refuses a berkala cycle over 6 months at its field, writing nothing", async () => {
    const count = await db.dipItem.count();
    const error = await catching(createDipItem(users.PPID, itemValues({ updateCycleMonths: "9" }), null));
    expect(error).toBeInstanceOf(RuleError);
    expect((error as RuleError).fieldErrors.updateCycleMonths?.[0]).toMatch(/6 bulan/);
    expect(await db.dipItem.count()).toBe(count);
  });
});

describe("exempt items: the public sees only title and legal basis", () => {
  it("never returns summary, consequence, decision or files from public queries", async () => {
    const title = `Dokumen penawaran ${marker()}`;
    const item = await createDipItem(users.PPID, exemptValues(title), null);
    const single = await getPublicItem(item.slug);
    expect(single).toMatchObject({ exempt: true, title, exemptLetter: "b" });
    expect(Object.keys(single ?? {}).sort()).toEqual(["category", "exempt", "exemptLegalBasis", "exemptLetter", "id", "lastUpdatedAt", "publishedAt", "slug", "title"]);
    const listed = (await listPublicItems()).find((i) => i.id === item.id);
    expect(JSON.stringify(listed)).not.toContain(EXEMPT_SECRET);
    expect(JSON.stringify(await listPublicItems({ category: "DIKECUALIKAN" }))).not.toContain(EXEMPT_SECRET);
    // Searching for words of the hidden content finds nothing.
    expect(await listPublicItems({ q: EXEMPT_SECRET })).toEqual([]);
  });
});

describe("monitoring: overdue until a verification is recorded", () => {
  it("an item past its 6-month cycle is overdue; a failed review keeps it so, a passed one makes it fresh", async () => {
    const now = new Date("2026-12-10T02:00:00Z");
    const item = await createDipItem(users.PPID, itemValues({ lastUpdatedAt: "2026-06-03" }), null, now);
    const stateOf = async (at: Date) => (await monitorItems(users.AUDITOR, at)).find((i) => i.id === item.id)?.freshness.state;
    expect(await stateOf(now)).toBe("OVERDUE");
    const failed = await verifyDipItem(users.PPID, item.id, { contentCurrent: "on", figuresMatch: "", accessWorks: "on", formatAccessible: "on", notes: "Angka belum sesuai LKjIP." }, now);
    expect(failed.passed).toBe(false);
    expect(await stateOf(now)).toBe("OVERDUE");
    const passed = await verifyDipItem(users.PPID, item.id, { contentCurrent: "on", figuresMatch: "on", accessWorks: "on", formatAccessible: "on", notes: "Sudah dicocokkan." }, now);
    expect(passed.passed).toBe(true);
    expect(await stateOf(now)).toBe("FRESH");
    expect(await db.dipVerification.count({ where: { itemId: item.id } })).toBe(2);
    expect(await db.auditLog.count({ where: { entityType: "DipItem", entityId: item.id } })).toBe(3);
  });

  it("requires notes for a verification", async () => {
    const item = await createDipItem(users.PPID, itemValues(), null);
    const error = await catching(verifyDipItem(users.PPID, item.id, { notes: " " }));
    expect((error as RuleError).fieldErrors.notes).toBeDefined();
  });
});
