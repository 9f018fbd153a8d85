import { getPublicFile } from "@/lib/catalogue/public-queries";
import { downloadResponse } from "@/lib/files/download-response";

export const dynamic = "force-dynamic";

/** Public download of a file attached to a published, non-exempt DIP item. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const file = await getPublicFile(id);
  if (!file) return new Response("Berkas tidak ditemukan.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return downloadResponse(file);
}
