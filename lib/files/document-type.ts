/**
 * Recognises office documents and CSV by content (pure), for kinds without a simple magic number:
 *  - DOCX/XLSX are ZIP containers ("PK\x03\x04") whose entry names (stored uncompressed in the
 *    headers) include word/document.xml or xl/workbook.xml;
 *  - CSV is valid UTF-8 text without NUL or other binary control bytes whose first line has a
 *    separator (comma, semicolon or tab).
 */
import type { AllowedFileKind } from "./limits";

const ZIP = [0x50, 0x4b, 0x03, 0x04];

function containsAscii(bytes: Uint8Array, needle: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle, 0, "latin1");
}

function looksLikeCsv(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // Tab, LF, CR are the only control characters a CSV may hold.
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text)) return false;
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  return /[,;\t]/.test(firstLine);
}

export function detectDocumentKind(bytes: Uint8Array): AllowedFileKind | null {
  if (bytes.length >= 4 && ZIP.every((b, i) => bytes[i] === b)) {
    if (containsAscii(bytes, "word/document.xml")) return "docx";
    if (containsAscii(bytes, "xl/workbook.xml")) return "xlsx";
    return null;
  }
  return bytes.length > 0 && looksLikeCsv(bytes) ? "csv" : null;
}
