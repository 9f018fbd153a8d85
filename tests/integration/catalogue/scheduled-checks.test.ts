import http from "node:http";
import type { AddressInfo } from "node:net";
import { createDipItem } from "@/lib/catalogue/service";
import { checkDueLinks } from "@/lib/catalogue/scheduled-link-checks";
import { enqueueCatalogueReminders } from "@/lib/notifications/catalogue-reminders";
import { createScratchDatabase, type ScratchDatabase } from "../support/scratch-database";
import { itemValues } from "./fixtures";

// An empty database of its own: the job looks at every item, so other files' rows must not be there.
let scratch: ScratchDatabase;
let server: http.Server;
let base: string;
let hits: string[] = [];
beforeAll(async () => {
  scratch = await createScratchDatabase("ppid_dip_schedule");
  server = http.createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.writeHead(req.url === "/ada.pdf" ? 200 : 404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 180_000);
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await scratch?.drop();
});

const NOW = new Date("2026-12-03T02:00:00Z");

async function staff(role: "PPID" | "PETUGAS", email: string | null) {
  return scratch.client.user.create({ data: { username: `${role.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}`, name: `Uji ${role}`, role, email, passwordHash: "x" }, select: { id: true, name: true, username: true, role: true } });
}

it("checks each published link once per week, even with two instances running at once; drafts and withdrawn items are left alone", async () => {
  const c = scratch.client;
  const ppid = await staff("PPID", null);
  const good = await createDipItem(ppid, itemValues({ linkUrl: `${base}/ada.pdf` }), null, NOW, c);
  const dead = await createDipItem(ppid, itemValues({ linkUrl: `${base}/hilang.pdf` }), null, NOW, c);
  const draft = await createDipItem(ppid, itemValues({ linkUrl: `${base}/draf.pdf`, publish: "" }), null, NOW, c);
  const withdrawn = await createDipItem(ppid, itemValues({ linkUrl: `${base}/ditarik.pdf` }), null, NOW, c);
  await c.dipItem.update({ where: { id: withdrawn.id }, data: { withdrawnAt: NOW } });

  const [a, b] = await Promise.all([checkDueLinks(NOW, fetch, c), checkDueLinks(NOW, fetch, c)]);
  expect(a + b).toBe(2);
  expect(hits.filter((h) => h.startsWith("HEAD")).sort()).toEqual(["HEAD /ada.pdf", "HEAD /hilang.pdf"]);
  const rows = await c.dipItem.findMany({ where: { id: { in: [good.id, dead.id, draft.id] } }, select: { id: true, linkOk: true, linkCheckedAt: true } });
  expect(rows.find((r) => r.id === good.id)).toMatchObject({ linkOk: true, linkCheckedAt: NOW });
  expect(rows.find((r) => r.id === dead.id)).toMatchObject({ linkOk: false, linkCheckedAt: NOW });
  expect(rows.find((r) => r.id === draft.id)?.linkCheckedAt).toBeNull();
  expect(await c.auditLog.count({ where: { action: "DIP_LINK_CHECKED", actorId: null } })).toBe(2);

  // Six days later nothing is due; eight days later both are checked again.
  hits = [];
  expect(await checkDueLinks(new Date(NOW.getTime() + 6 * 86_400_000), fetch, c)).toBe(0);
  expect(await checkDueLinks(new Date(NOW.getTime() + 8 * 86_400_000), fetch, c)).toBe(2);
  expect(hits).toHaveLength(2);
});

it("tells the PPID once about each item that is broken, overdue or due soon", async () => {
  const c = scratch.client;
  const ppid = await staff("PPID", "ppid@disperindag.example.go.id");
  await staff("PETUGAS", "petugas@disperindag.example.go.id");
  // Updated in May: the 6-month cycle ran out in November.
  const overdue = await createDipItem(ppid, itemValues({ linkUrl: `${base}/ada.pdf`, lastUpdatedAt: "2026-05-04" }), null, NOW, c);
  const fresh = await createDipItem(ppid, itemValues({ linkUrl: `${base}/ada.pdf`, lastUpdatedAt: "2026-11-20" }), null, NOW, c);

  const first = await enqueueCatalogueReminders(NOW, c);
  expect(first).toBeGreaterThanOrEqual(2); // the overdue item, and the dead link of the first test
  expect(await enqueueCatalogueReminders(NOW, c)).toBe(0);
  const messages = await c.outboxMessage.findMany({ select: { toAddress: true, kind: true, subject: true, dedupeKey: true } });
  expect(messages.every((m) => m.toAddress === "ppid@disperindag.example.go.id")).toBe(true);
  expect(messages.find((m) => m.dedupeKey.includes(overdue.id))).toMatchObject({ kind: "dip-overdue", subject: expect.stringContaining("terlambat diperbarui") });
  expect(messages.some((m) => m.kind === "dip-broken" && m.subject.includes("tidak dapat dibuka"))).toBe(true);
  expect(messages.some((m) => m.dedupeKey.includes(fresh.id))).toBe(false);
});
