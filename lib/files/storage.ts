import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { createS3Storage, s3ConfigFromEnv } from "./s3-storage";

/**
 * Disk storage for uploads under the git-ignored `storage/` folder (or STORAGE_DIR). Files are named
 * by a random key only; the original name is metadata in the database, never part of a path.
 */
export function storageRoot(): string {
  // turbopackIgnore: the folder is data, not code to trace into the server bundle.
  return path.resolve(/* turbopackIgnore: true */ process.env.STORAGE_DIR ?? path.join(/* turbopackIgnore: true */ process.cwd(), "storage"));
}

const KEY_PATTERN = /^\d{4}\/\d{2}\/[a-f0-9]{32}\.[a-z0-9]{2,5}$/;

/** Absolute path of a key; refuses anything that is not a key this module made (no path traversal). */
export function storagePath(storageKey: string): string {
  if (!KEY_PATTERN.test(storageKey)) throw new Error(`Invalid storage key "${storageKey}"`);
  return path.join(/* turbopackIgnore: true */ storageRoot(), ...storageKey.split("/"));
}

/** "2026/03/<32 random hex>.pdf": a month folder keeps directories small. */
export function newStorageKey(extension: string, now: Date = new Date()): string {
  const month = String(now.getUTCMonth() + 1).padStart(2, "0");
  return `${now.getUTCFullYear()}/${month}/${randomBytes(16).toString("hex")}.${extension}`;
}

/**
 * Where file bytes live, keyed by the same storage keys: local disk by default, the S3-compatible
 * driver (lib/files/s3-storage.ts) when S3_BUCKET is set. `fileStorage()` is the one place that chooses.
 */
export interface FileStorage {
  write(storageKey: string, bytes: Uint8Array): Promise<void>;
  read(storageKey: string): Promise<Buffer>;
  delete(storageKey: string): Promise<void>;
  /** False only when the object is missing; other failures throw. */
  exists(storageKey: string): Promise<boolean>;
}

export const localDiskStorage: FileStorage = {
  async write(storageKey, bytes) {
    const target = storagePath(storageKey);
    await fs.mkdir(path.dirname(target), { recursive: true });
    // "wx": never overwrite an existing file, even on a (practically impossible) key collision.
    await fs.writeFile(target, bytes, { flag: "wx", mode: 0o640 });
  },
  read: (storageKey) => fs.readFile(storagePath(storageKey)),
  delete: (storageKey) => fs.rm(storagePath(storageKey), { force: true }),
  exists: (storageKey) => fs.access(storagePath(storageKey)).then(() => true, () => false),
};

let override: FileStorage | null = null;
let s3Driver: { signature: string; driver: FileStorage } | null = null;

/** Replaces the storage driver (tests, special set-ups); `null` goes back to the choice by environment. */
export function setFileStorage(driver: FileStorage | null): void {
  override = driver;
}

/** The driver in use: an explicit override, else S3 when S3_BUCKET is set, else the local disk. */
export function fileStorage(): FileStorage {
  if (override) return override;
  const config = s3ConfigFromEnv(process.env);
  if (!config) return localDiskStorage;
  const signature = JSON.stringify(config);
  if (s3Driver?.signature !== signature) s3Driver = { signature, driver: createS3Storage(config) };
  return s3Driver.driver;
}

const checkedKey = (storageKey: string) => (storagePath(storageKey), storageKey);

export async function writeStoredFile(storageKey: string, bytes: Uint8Array): Promise<void> {
  await fileStorage().write(checkedKey(storageKey), bytes);
}

export async function readStoredFile(storageKey: string): Promise<Buffer> {
  return fileStorage().read(checkedKey(storageKey));
}

export async function deleteStoredFile(storageKey: string): Promise<void> {
  await fileStorage().delete(checkedKey(storageKey));
}

export async function storedFileExists(storageKey: string): Promise<boolean> {
  return fileStorage().exists(checkedKey(storageKey));
}
