/**
 * Recognises a file by its first bytes ("magic numbers"), never by its name or the type the browser
 * claims, so a renamed executable cannot pass as a PDF. Pure.
 */
import type { AllowedFileKind } from "./limits";
import { detectZipOfficeKind } from "./zip-kind";
import { looksLikeCsv } from "./csv-kind";

const SIGNATURES: { kind: AllowedFileKind; bytes: number[] }[] = [
  { kind: "pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // "%PDF-"
  { kind: "jpeg", bytes: [0xff, 0xd8, 0xff] },
  { kind: "png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

/** Number of leading bytes detectFileKind needs. */
export const SIGNATURE_BYTES = 8;

export function detectFileKind(head: Uint8Array): AllowedFileKind | null {
  for (const signature of SIGNATURES) {
    if (head.length >= signature.bytes.length && signature.bytes.every((b, i) => head[i] === b)) return signature.kind;
  }
  return null;
}

/**
 * Kind of a whole file: magic bytes, then (for ZIP archives) the inner structure of office documents,
 * then CSV (UTF-8 text with a separator), which has no magic number at all.
 */
export function detectFileKindOfContent(bytes: Uint8Array): AllowedFileKind | null {
  return detectFileKind(bytes.subarray(0, SIGNATURE_BYTES)) ?? detectZipOfficeKind(bytes) ?? (looksLikeCsv(bytes) ? "csv" : null);
}
