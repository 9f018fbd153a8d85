import { requirePermission } from "@/lib/auth/guard";
import { letterForStaff } from "@/lib/documents/queries";

export const dynamic = "force-dynamic";

/** GET /staf/surat/<id>: the letter as an A4 page, to print from the browser. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("readRequests");
  const letter = await letterForStaff(user, (await params).id);
  if (!letter) return new Response("Surat tidak ditemukan.", { status: 404 });
  return new Response(letter.html, { headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store", "Content-Security-Policy": "default-src 'none'; img-src data:; style-src 'unsafe-inline'" } });
}
