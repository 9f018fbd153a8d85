import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { db } from "@/lib/db";
import { fileBelongsToRequest, fileOwner } from "@/lib/files/access";
import { fileResponse } from "@/lib/files/file-response";
import { staffFileResponse } from "@/lib/files/staff-download";
import { ForbiddenError, type StaffUser } from "@/lib/auth/guard";
import { makeStaff } from "../admin/fixtures";
import { UploadRejectedError } from "@/lib/files/save-upload";
import { getUploadRules } from "@/lib/files/upload-settings";
import { recordUpload, storeUpload } from "@/lib/files/save-upload";
import { createObjection } from "@/lib/objections/create-objection";
import { createInformationRequest } from "@/lib/requests/create-request";
import { requestInput } from "../requests/portal-fixtures";
import { wita } from "../requests/staff-fixtures";
import { DOCX_ENTRIES, makeZip } from "../../support/zip-fixture";

const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "ppid-uploads-"));
beforeAll(() => {
  process.env.STORAGE_DIR = storageDir;
});
afterAll(async () => {
  await db.setting.deleteMany({ where: { key: "uploads" } });
  fs.rmSync(storageDir, { recursive: true, force: true });
  await db.$disconnect();
});

const PDF = new TextEncoder().encode("%PDF-1.7\nisi");
const LONG_NAME = "\u0416".repeat(100) + Array.from("Surat kuasa \u00c4\u{1F4C4} ".repeat(20)).slice(0, 196).join("") + ".pdf";

describe("upload checks", () => {
  it("refuses content that is not what an allowed type looks like, whatever its name and claimed type", async () => {
    const fake = new File([new TextEncoder().encode("MZ\x90\x00 program")], "surat.pdf", { type: "application/pdf" });
    await expect(storeUpload(fake, await getUploadRules())).rejects.toThrow(UploadRejectedError);
    const zip = new File([makeZip([["a.exe", "MZ"]])], "laporan.docx");
    await expect(storeUpload(zip, await getUploadRules())).rejects.toThrow(/Jenis berkas tidak didukung/);
    const docx = await storeUpload(new File([makeZip(DOCX_ENTRIES)], "laporan.bin"), await getUploadRules());
    expect(docx.mimeType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  });

  it("enforces the size limit from the settings (default 20 MB)", async () => {
    expect((await getUploadRules()).maxBytes).toBe(20 * 1024 * 1024);
    const big = new Uint8Array(20 * 1024 * 1024 + 1);
    big.set(PDF);
    await expect(storeUpload(new File([big], "besar.pdf"), await getUploadRules())).rejects.toThrow(/melebihi batas 20 MB/);
    await db.setting.upsert({ where: { key: "uploads" }, create: { key: "uploads", value: { maxMegabytes: 1 } }, update: { value: { maxMegabytes: 1 } } });
    const twoMb = new Uint8Array(2 * 1024 * 1024);
    twoMb.set(PDF);
    await expect(storeUpload(new File([twoMb], "dua.pdf"), await getUploadRules())).rejects.toThrow(/melebihi batas 1 MB/);
    await db.setting.delete({ where: { key: "uploads" } });
  });

  it("stores and serves a 300-character Unicode name intact", async () => {
    expect(Array.from(LONG_NAME)).toHaveLength(300);
    const file = new File([PDF], LONG_NAME, { type: "application/pdf" });
    const request = await createInformationRequest(requestInput({ viaProxy: true, proxyName: "Kuasa Uji", powerOfAttorney: file }), {
      channel: "PORTAL", receivedAt: wita("2053-03-02"), actor: null, powerOfAttorney: file,
    });
    const row = await db.informationRequest.findUniqueOrThrow({ where: { id: request.id }, select: { powerOfAttorneyFile: true } });
    expect(row.powerOfAttorneyFile?.originalName).toBe(LONG_NAME);
    const response = await fileResponse(row.powerOfAttorneyFile!.id);
    const header = response.headers.get("Content-Disposition")!;
    expect(decodeURIComponent(header.split("filename*=UTF-8''")[1])).toBe(LONG_NAME);
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PDF);
  });
});

describe("download access", () => {
  it("a file belongs only to its own request: no one downloads another request's document", async () => {
    const proxy = (name: string) => new File([PDF], name, { type: "application/pdf" });
    const viaProxy = (file: File) =>
      createInformationRequest(requestInput({ viaProxy: true, proxyName: "Kuasa", powerOfAttorney: file }), { channel: "PORTAL", receivedAt: wita("2053-03-03"), actor: null, powerOfAttorney: file });
    const mine = await viaProxy(proxy("a.pdf"));
    const theirs = await viaProxy(proxy("b.pdf"));
    const fileOf = async (id: string) => (await db.informationRequest.findUniqueOrThrow({ where: { id }, select: { powerOfAttorneyFileId: true } })).powerOfAttorneyFileId!;
    const objection = await createObjection(
      { grounds: ["B_INFORMASI_BERKALA_TIDAK_DISEDIAKAN"], reasons: "Informasi berkala tidak diumumkan.", viaProxy: true, proxyName: "Kuasa B" },
      { requestId: theirs.id, channel: "PORTAL", receivedAt: wita("2053-03-04"), actor: null, proxyFile: proxy("kuasa keberatan.pdf") },
    );
    const objectionFile = (await db.objection.findUniqueOrThrow({ where: { id: objection.id } })).proxyFileId!;

    expect(await fileBelongsToRequest(await fileOf(mine.id), mine.id)).toBe(true);
    expect(await fileBelongsToRequest(await fileOf(theirs.id), mine.id)).toBe(false);
    expect(await fileBelongsToRequest(objectionFile, theirs.id)).toBe(true);
    expect(await fileBelongsToRequest(objectionFile, mine.id)).toBe(false);
    expect(await fileOwner("does-not-exist")).toBeNull();
  });
});

describe("staff download (GET /staf/berkas/<id>)", () => {
  it("PETUGAS downloads the power of attorney of a request; unknown or orphan files are not served", async () => {
    const petugas = await makeStaff("PETUGAS");
    const file = new File([PDF], "surat kuasa petugas.pdf", { type: "application/pdf" });
    const request = await createInformationRequest(requestInput({ viaProxy: true, proxyName: "Kuasa Unduh", powerOfAttorney: file }), {
      channel: "PORTAL", receivedAt: wita("2053-03-05"), actor: null, powerOfAttorney: file,
    });
    const { powerOfAttorneyFileId } = await db.informationRequest.findUniqueOrThrow({ where: { id: request.id }, select: { powerOfAttorneyFileId: true } });

    const response = await staffFileResponse(petugas, powerOfAttorneyFileId!);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toContain("surat%20kuasa%20petugas.pdf");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PDF);

    expect((await staffFileResponse(petugas, "does-not-exist")).status).toBe(404);
    const orphan = await recordUpload(db, await storeUpload(new File([PDF], "yatim.pdf"), await getUploadRules()));
    expect((await staffFileResponse(petugas, orphan)).status).toBe(404);
    // A role outside every reading group is refused before any byte is read.
    const outsider = { ...petugas, role: "TAMU" } as unknown as StaffUser;
    await expect(staffFileResponse(outsider, powerOfAttorneyFileId!)).rejects.toThrow(ForbiddenError);
  });
});

describe("storage drivers", () => {
  it("another driver (e.g. S3-compatible) plugs in behind the same keys; bad keys never reach it", async () => {
    const { localDiskStorage, readStoredFile, setFileStorage, writeStoredFile } = await import("@/lib/files/storage");
    const objects = new Map<string, Buffer>();
    setFileStorage({
      write: async (key, bytes) => void objects.set(key, Buffer.from(bytes)),
      read: async (key) => objects.get(key)!,
      delete: async (key) => void objects.delete(key),
      exists: async (key) => objects.has(key),
    });
    try {
      const stored = await storeUpload(new File([PDF], "ke-memori.pdf"));
      expect(objects.has(stored.storageKey)).toBe(true);
      expect(new Uint8Array(await readStoredFile(stored.storageKey))).toEqual(PDF);
      await expect(writeStoredFile("../../etc/passwd", PDF)).rejects.toThrow(/Invalid storage key/);
      expect(objects.size).toBe(1);
    } finally {
      setFileStorage(localDiskStorage);
    }
  });
});

describe("delivered information files", () => {
  it("are attached by roles that process requests, belong to their request only, and refuse wrong content", async () => {
    const { makeRoleUsers } = await import("../requests/staff-fixtures");
    const { attachDeliveredFile, attachmentsOfVerifiedRequest } = await import("@/lib/files/request-attachments");
    const { ForbiddenError } = await import("@/lib/auth/guard");
    const { ALL_ROLES, hasPermission } = await import("@/lib/auth/roles");
    const users = await makeRoleUsers();
    const mine = await createInformationRequest(requestInput(), { channel: "PORTAL", receivedAt: wita("2053-04-01"), actor: null });
    const other = await createInformationRequest(requestInput(), { channel: "PORTAL", receivedAt: wita("2053-04-01"), actor: null });
    const docx = () => new File([makeZip(DOCX_ENTRIES)], "Daftar penerima bantuan 2053 — final.docx");

    for (const role of ALL_ROLES) {
      const before = await db.requestAttachment.count({ where: { requestId: mine.id } });
      if (hasPermission(role, "processRequest")) {
        await attachDeliveredFile(users[role], { requestId: mine.id, note: "Salinan" }, docx());
        expect(await db.requestAttachment.count({ where: { requestId: mine.id } })).toBe(before + 1);
      } else {
        await expect(attachDeliveredFile(users[role], { requestId: mine.id }, docx())).rejects.toThrow(ForbiddenError);
        expect(await db.requestAttachment.count({ where: { requestId: mine.id } })).toBe(before);
      }
    }
    await expect(attachDeliveredFile(users.PPID, { requestId: mine.id }, new File([new TextEncoder().encode("#!/bin/sh")], "a.docx"))).rejects.toThrow(UploadRejectedError);

    const files = await attachmentsOfVerifiedRequest(mine.registrationNumber);
    expect(files.map((f) => f.file.originalName)).toEqual(Array(files.length).fill("Daftar penerima bantuan 2053 — final.docx"));
    expect(await fileBelongsToRequest(files[0].file.id, mine.id)).toBe(true);
    expect(await fileBelongsToRequest(files[0].file.id, other.id)).toBe(false);
    expect(await attachmentsOfVerifiedRequest(other.registrationNumber)).toEqual([]);
  });
});
