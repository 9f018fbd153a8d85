/**
 * Content-Disposition for a download under its original name, whatever it holds: an ASCII fallback
 * for old clients plus RFC 5987 `filename*` (UTF-8, percent-encoded) that modern browsers prefer.
 * Quotes, backslashes, control and non-ASCII characters never reach the header raw. Pure.
 */
export function contentDisposition(originalName: string, disposition: "attachment" | "inline" = "attachment"): string {
  const name = originalName.normalize("NFC") || "berkas";
  // Per code point, so an emoji becomes one "_" (not two halves of a surrogate pair).
  const fallback = Array.from(name.normalize("NFKD").replace(/[\u0300-\u036f]/g, ""))
    .map((c) => (/^[\x20-\x7e]$/.test(c) && !/["\\;%]/.test(c) ? c : "_"))
    .slice(-150)
    .join("") || "berkas";
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
