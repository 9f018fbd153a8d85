import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/auth/guard";
import { createDipItem } from "@/lib/catalogue/service";
import { removeDipItemFile } from "@/lib/catalogue/item-files";
import { getPublicFile } from "@/lib/catalogue/public-queries";
import { storeUpload } from "@/lib/files/save-upload";
import { staffFileResponse } from "@/lib/files/staff-download";
import { readStoredFile } from "@/lib/files/storage";
import { RuleError } from "@/lib/rule-error";
import { makeStaff } from "../admin/fixtures";
import { exemptValues, itemValues, marker } from "./fixtures";

const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "ppid-dip-files-"));
beforeAll(() => {
  process.env.STORAGE_DIR = storageDir;
});
afterAll(async () => {
  fs.rmSync(storageDir, { recursive: true, force: true });
  await db.$disconnect();
});

const pdf = (text: string) => new File([new TextEncoder().encode(`%PDF-1.7\n${text}`)], `${text}.pdf`, { type: "application/pdf" });

async function itemWithFile(values: Record<string, string>, text: string) {
  const ppid = await makeStaff("PPID");
  const item = await createDipItem(ppid, values, await storeUpload(pdf(text)));
  const link = await db.dipItemFile.findFirstOrThrow({ where: { itemId: item.id }, select: { fileId: true, file: { select: { storageKey: true } } } });
  return { ppid, item, fileId: link.fileId, storageKey: link.file.storageKey };
}

it("staff open the document of an exempt item through the staff route; the public route never serves it", async () => {
  const { fileId } = await itemWithFile(exemptValues(`Dokumen penawaran ${marker()}`), "penawaran-rahasia");
  expect(await getPublicFile(fileId)).toBeNull();
  for (const role of ["PETUGAS", "AUDITOR", "PIMPINAN"] as const) {
    const response = await staffFileResponse(await makeStaff(role), fileId);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).toString("latin1")).toBe("%PDF-1.7\npenawaran-rahasia");
  }
});

it("only PPID and ADMIN take a document off an item; the link, the row and the bytes go, the audit log keeps its checksum", async () => {
  const { ppid, item, fileId, storageKey } = await itemWithFile(itemValues(), "laporan-keuangan");
  expect(await getPublicFile(fileId)).not.toBeNull();

  await expect(removeDipItemFile(await makeStaff("PETUGAS"), item.id, fileId)).rejects.toBeInstanceOf(ForbiddenError);
  await expect(removeDipItemFile(ppid, "another-item", fileId)).rejects.toBeInstanceOf(RuleError);
  expect(await db.uploadedFile.count({ where: { id: fileId } })).toBe(1);

  expect(await removeDipItemFile(ppid, item.id, fileId)).toBe("laporan-keuangan.pdf");
  expect(await db.uploadedFile.count({ where: { id: fileId } })).toBe(0);
  expect(await getPublicFile(fileId)).toBeNull();
  await expect(readStoredFile(storageKey)).rejects.toThrow();
  const audit = await db.auditLog.findFirstOrThrow({ where: { action: "DIP_ITEM_FILE_REMOVED", entityId: item.id } });
  expect(audit.before).toMatchObject({ fileId, originalName: "laporan-keuangan.pdf", sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  await expect(removeDipItemFile(ppid, item.id, fileId)).rejects.toBeInstanceOf(RuleError);
});
