import { requirePermission } from "@/lib/auth/guard";
import { contentDisposition } from "@/lib/files/content-disposition";
import { htmlToPdf } from "@/lib/documents/pdf";
import { letterFilename, letterForStaff } from "@/lib/documents/queries";

export const dynamic = "force-dynamic";

/** GET /staf/surat/<id>/pdf: the letter as a PDF. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("readRequests");
  const letter = await letterForStaff(user, (await params).id);
  if (!letter) return new Response("Surat tidak ditemukan.", { status: 404 });
  const pdf = await htmlToPdf(letter.html);
  return new Response(new Uint8Array(pdf), { headers: { "Content-Type": "application/pdf", "Content-Disposition": contentDisposition(letterFilename(letter.number)), "Cache-Control": "private, no-store" } });
}
