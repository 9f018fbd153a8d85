import "server-only";
import { db } from "@/lib/db";
import { contentDisposition } from "./content-disposition";
import { readStoredFile } from "./storage";

/** The stored bytes as a download under the original name (never sniffed, never cached by proxies). */
export async function fileResponse(fileId: string): Promise<Response> {
  const file = await db.uploadedFile.findUnique({ where: { id: fileId }, select: { storageKey: true, originalName: true, mimeType: true, size: true } });
  if (!file) return new Response("Berkas tidak ditemukan.", { status: 404 });
  const bytes = await readStoredFile(file.storageKey);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": contentDisposition(file.originalName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
