/**
 * CSV has no magic number: accept valid UTF-8 text without NUL or other binary control bytes whose
 * first line has a separator (comma, semicolon or tab). Pure.
 */
export function looksLikeCsv(bytes: Uint8Array): boolean {
  if (bytes.length === 0 || (bytes[0] === 0x50 && bytes[1] === 0x4b)) return false; // empty, or a ZIP
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
