import "server-only";
import { createHash } from "node:crypto";
import type { Tx } from "@/lib/db";
import { detectFileKindOfContent } from "./file-type";
import { type AllowedFileKind, type FileLike, DOCUMENT_KINDS, FILE_KINDS, MAX_UPLOAD_BYTES, kindsLabel } from "./limits";
import { deleteStoredFile, newStorageKey, writeStoredFile } from "./storage";

/** An upload refused for its content; `message` is for the person who uploaded it (Bahasa Indonesia). */
export class UploadRejectedError extends Error {}

export type StoredUpload = { storageKey: string; originalName: string; mimeType: string; size: number; sha256: string };

export type UploadRules = { kinds?: readonly AllowedFileKind[]; maxBytes?: number };

// Keeps only a display name: no folders, no control characters, bounded length.
function cleanOriginalName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  // By code point (never splitting an emoji or a surrogate pair); NFC so the same name compares equal.
  const clean = Array.from(base.normalize("NFC").replace(/[\u0000-\u001f\u007f]/g, "").trim()).slice(-500).join("");
  return clean || "berkas";
}

/**
 * Checks an upload by size and content (magic bytes) and writes it to storage. Call it BEFORE the
 * database transaction (disk writes cannot roll back), then `recordUpload` inside the transaction,
 * and `discardUpload` if the transaction fails.
 */
export async function storeUpload(file: FileLike, rules: UploadRules = {}): Promise<StoredUpload> {
  const kinds = rules.kinds ?? DOCUMENT_KINDS;
  const maxBytes = rules.maxBytes ?? MAX_UPLOAD_BYTES;
  const limitMb = Math.round(maxBytes / (1024 * 1024));
  if (file.size === 0) throw new UploadRejectedError("Berkas yang diunggah kosong.");
  if (file.size > maxBytes) throw new UploadRejectedError(`Ukuran berkas melebihi batas ${limitMb} MB.`);

  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.byteLength > maxBytes) throw new UploadRejectedError(`Ukuran berkas melebihi batas ${limitMb} MB.`);
  const kind = detectFileKindOfContent(bytes);
  if (!kind || !kinds.includes(kind)) {
    throw new UploadRejectedError(`Jenis berkas tidak didukung. Unggah berkas ${kindsLabel(kinds)}.`);
  }

  const storageKey = newStorageKey(FILE_KINDS[kind].extension);
  await writeStoredFile(storageKey, bytes);
  return {
    storageKey,
    originalName: cleanOriginalName(file.name),
    mimeType: FILE_KINDS[kind].mimeType,
    size: bytes.byteLength,
    sha256: createHash("sha256").update(bytes).digest("hex"),
  };
}

/** Inserts the UploadedFile row (inside the caller's transaction); returns its id. */
export async function recordUpload(tx: Tx, stored: StoredUpload): Promise<string> {
  const row = await tx.uploadedFile.create({ data: stored, select: { id: true } });
  return row.id;
}

/** Removes a stored file whose database row was never committed. Never throws. */
export async function discardUpload(stored: StoredUpload | null): Promise<void> {
  if (stored) await deleteStoredFile(stored.storageKey).catch(() => undefined);
}
