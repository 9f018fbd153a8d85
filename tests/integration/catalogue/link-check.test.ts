import http from "node:http";
import type { AddressInfo } from "node:net";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/auth/guard";
import { monitorItems } from "@/lib/catalogue/staff-queries";
import { createDipItem, recordLinkCheck, updateDipItem } from "@/lib/catalogue/service";
import { makeStaff } from "../admin/fixtures";
import { itemValues } from "./fixtures";

// A real local web server stands in for the document host.
let server: http.Server;
let base: string;
beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === "/ada.pdf" && req.method === "HEAD") return void res.writeHead(405).end();
    res.writeHead(req.url === "/ada.pdf" ? 200 : 404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await db.$disconnect();
});

it("a failing link makes the item broken until it answers again; other roles cannot run the check", async () => {
  const ppid = await makeStaff("PPID");
  const values = itemValues({ linkUrl: `${base}/hilang.pdf` });
  const item = await createDipItem(ppid, values, null);
  const state = async () => (await monitorItems(ppid)).find((i) => i.id === item.id)?.freshness.state;

  const petugas = await makeStaff("PETUGAS");
  await expect(recordLinkCheck(petugas, item.id)).rejects.toBeInstanceOf(ForbiddenError);
  expect(await db.dipItem.findUniqueOrThrow({ where: { id: item.id }, select: { linkCheckedAt: true } })).toEqual({ linkCheckedAt: null });

  expect(await recordLinkCheck(ppid, item.id)).toMatchObject({ ok: false, detail: "Tautan menjawab HTTP 404." });
  expect(await state()).toBe("BROKEN");

  // A new address resets the check; GET is tried when HEAD is not allowed.
  await updateDipItem(ppid, item.id, { ...values, linkUrl: `${base}/ada.pdf` }, null);
  expect(await state()).not.toBe("BROKEN");
  expect(await recordLinkCheck(ppid, item.id)).toMatchObject({ ok: true });
  expect(await state()).not.toBe("BROKEN");
});
