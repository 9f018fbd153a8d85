import "server-only";
import { readStoredFile } from "./storage";

/**
 * A stored file as an HTTP download. The name goes in both filename (ASCII fallback) and filename*
 * (UTF-8), so accents survive; nosniff keeps browsers from guessing another type.
 */
export async function downloadResponse(file: { storageKey: string; originalName: string; mimeType: string }): Promise<Response> {
  let bytes: Buffer;
  try {
    bytes = await readStoredFile(file.storageKey);
  } catch {
    return new Response("Berkas tidak ditemukan di penyimpanan.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const ascii = file.originalName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.originalName)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });
}
