import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createS3Storage, s3ConfigFromEnv } from "@/lib/files/s3-storage";
import { fileStorage, localDiskStorage, newStorageKey, readStoredFile, setFileStorage, writeStoredFile, deleteStoredFile } from "@/lib/files/storage";
import { S3RVER_KEY, startS3TestServer } from "../../support/s3-test-server";

const BUCKET = "ppid-uploads";
let s3: Awaited<ReturnType<typeof startS3TestServer>>;
const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "ppid-s3-local-"));
const S3_VARS = ["S3_ENDPOINT", "S3_REGION", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;

beforeAll(async () => {
  s3 = await startS3TestServer(BUCKET);
  process.env.STORAGE_DIR = storageDir;
});
afterAll(async () => {
  for (const name of S3_VARS) delete process.env[name];
  setFileStorage(null);
  await s3.stop();
  fs.rmSync(storageDir, { recursive: true, force: true });
});
afterEach(() => jest.restoreAllMocks());

const config = () => ({ endpoint: s3.endpoint, region: "us-east-1", bucket: BUCKET, ...S3RVER_KEY });
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

// 300 characters (code points) of Indonesian, accents, CJK, emoji and URL-special characters, in "/"
// segments of at most 40 so each stays under the file system's 255-byte name limit on s3rver's side.
const UNICODE_TEXT = "Surat Kuasa – Pemohon Ñoño Ülkü 日本語の文書 📄✅ 100% & a+b=c #1 ?x ~(ok)! 'kutip' *bintang* ";
function unicodeKey(length: number): string {
  const chars = Array.from(UNICODE_TEXT.repeat(10));
  const segments: string[] = [];
  let used = 0;
  while (used < length) {
    const size = Math.min(40, length - used - (segments.length ? 1 : 0));
    segments.push(chars.splice(0, size).join(""));
    used += size + (segments.length > 1 ? 1 : 0);
  }
  return segments.join("/");
}

describe("S3-compatible storage driver against s3rver", () => {
  it("round-trips a file under a 300-character Unicode key byte for byte, then deletes it", async () => {
    const driver = createS3Storage(config());
    const key = unicodeKey(300);
    expect(Array.from(key)).toHaveLength(300);
    const bytes = new Uint8Array(randomBytes(300_000));
    bytes.set(Array.from({ length: 256 }, (_, i) => i)); // every byte value

    await driver.write(key, bytes);
    const put = s3.seen.filter((request) => request.method === "PUT").at(-1);
    expect(put?.payloadHash).toBe(sha256(bytes)); // the payload is signed, never UNSIGNED-PAYLOAD
    const back = await driver.read(key);
    expect(back.equals(Buffer.from(bytes))).toBe(true);
    expect(await driver.exists(key)).toBe(true);

    await driver.delete(key);
    expect(await driver.exists(key)).toBe(false);
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    await expect(driver.read(key)).rejects.toThrow(/S3 GET .* failed with HTTP 404 \(NoSuchKey/);
  });

  it("refuses a wrong secret key with 403 (signature recomputed from the request on the wire)", async () => {
    const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const driver = createS3Storage({ ...config(), secretAccessKey: "not-the-secret" });
    await expect(driver.write("2026/03/wrong-secret.pdf", new Uint8Array([1, 2, 3]))).rejects.toThrow(/HTTP 403 \(SignatureDoesNotMatch/);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^S3 PUT ppid-uploads\/2026\/03\/wrong-secret\.pdf .* failed with HTTP 403/));
    // The server itself stored nothing.
    await expect(createS3Storage(config()).read("2026/03/wrong-secret.pdf")).rejects.toThrow(/HTTP 404/);
  });

  it("gets s3rver's own 403 for an unknown access key id", async () => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    const driver = createS3Storage({ ...config(), accessKeyId: "UNKNOWNKEY", secretAccessKey: S3RVER_KEY.secretAccessKey });
    await expect(driver.read("2026/03/any.pdf")).rejects.toThrow(/HTTP 403 \(InvalidAccessKeyId/);
  });

  it("reports an unreachable server as a clear error", async () => {
    const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const driver = createS3Storage({ ...config(), endpoint: "http://127.0.0.1:1" });
    await expect(driver.read("2026/03/any.pdf")).rejects.toThrow(/could not be reached/);
    expect(log).toHaveBeenCalled();
  });
});

describe("driver selection by environment", () => {
  it("uses the local disk without S3_BUCKET and S3 (not the disk) with it, through the usual helpers", async () => {
    setFileStorage(null);
    expect(s3ConfigFromEnv({})).toBeNull();
    expect(fileStorage()).toBe(localDiskStorage);

    Object.assign(process.env, {
      S3_ENDPOINT: s3.endpoint,
      S3_BUCKET: BUCKET,
      S3_ACCESS_KEY_ID: S3RVER_KEY.accessKeyId,
      S3_SECRET_ACCESS_KEY: S3RVER_KEY.secretAccessKey,
    });
    expect(fileStorage()).not.toBe(localDiskStorage);
    const key = newStorageKey("pdf");
    const pdf = new TextEncoder().encode("%PDF-1.7\nsurat");
    await writeStoredFile(key, pdf);
    expect(new Uint8Array(await readStoredFile(key))).toEqual(pdf);
    expect(fs.existsSync(path.join(storageDir, ...key.split("/")))).toBe(false);
    await expect(createS3Storage(config()).read(key)).resolves.toEqual(Buffer.from(pdf));
    await deleteStoredFile(key);
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    await expect(readStoredFile(key)).rejects.toThrow(/HTTP 404/);
    await expect(writeStoredFile("../../etc/passwd", pdf)).rejects.toThrow(/Invalid storage key/);
  });

  it("defaults the region and refuses a bucket without credentials", () => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    expect(s3ConfigFromEnv({ S3_BUCKET: "b", S3_ACCESS_KEY_ID: "k", S3_SECRET_ACCESS_KEY: "s" })).toEqual({
      endpoint: "https://s3.us-east-1.amazonaws.com",
      region: "us-east-1",
      bucket: "b",
      accessKeyId: "k",
      secretAccessKey: "s",
    });
    expect(() => s3ConfigFromEnv({ S3_BUCKET: "b" })).toThrow(/S3_ACCESS_KEY_ID or S3_SECRET_ACCESS_KEY is missing/);
  });
});
