/**
 * Office documents are ZIP archives: a renamed ZIP (or anything else) must not pass as DOCX/ODT.
 * Reads the central directory (entry names) and, for OpenDocument, the stored "mimetype" entry. Pure.
 */
import type { AllowedFileKind } from "./limits";

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
const ascii = (b: Uint8Array, start: number, length: number) => new TextDecoder("utf-8", { fatal: false }).decode(b.subarray(start, start + length));

/** Names in the ZIP's central directory, or null when the bytes are not a well-formed ZIP. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  if (bytes.length < 22 || u32(bytes, 0) !== 0x04034b50) return null;
  // End-of-central-directory record: within the last 64 KiB + 22 bytes (comment length is 16-bit).
  const floor = Math.max(0, bytes.length - 0xffff - 22);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= floor; i--) {
    if (u32(bytes, i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) return null;
  const count = u16(bytes, eocd + 10);
  let offset = u32(bytes, eocd + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || u32(bytes, offset) !== 0x02014b50) return null;
    const nameLength = u16(bytes, offset + 28);
    const extraLength = u16(bytes, offset + 30);
    const commentLength = u16(bytes, offset + 32);
    names.push(ascii(bytes, offset + 46, nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

const ODF_KINDS: Record<string, AllowedFileKind> = {
  "application/vnd.oasis.opendocument.text": "odt",
  "application/vnd.oasis.opendocument.spreadsheet": "ods",
};

/** docx / xlsx / odt / ods by inner structure; null for any other ZIP or non-ZIP. */
export function detectZipOfficeKind(bytes: Uint8Array): AllowedFileKind | null {
  const names = zipEntryNames(bytes);
  if (!names) return null;
  const has = (name: string) => names.includes(name);
  if (has("[Content_Types].xml") && has("word/document.xml")) return "docx";
  if (has("[Content_Types].xml") && has("xl/workbook.xml")) return "xlsx";
  // OpenDocument: the first local entry is "mimetype", stored uncompressed, holding the media type.
  const nameLength = u16(bytes, 26);
  const extraLength = u16(bytes, 28);
  if (ascii(bytes, 30, nameLength) === "mimetype" && u16(bytes, 8) === 0 && has("content.xml")) {
    const size = u32(bytes, 18);
    return ODF_KINDS[ascii(bytes, 30 + nameLength + extraLength, Math.min(size, 100))] ?? null;
  }
  return null;
}
