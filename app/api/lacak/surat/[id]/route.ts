import { contentDisposition } from "@/lib/files/content-disposition";
import { htmlToPdf } from "@/lib/documents/pdf";
import { letterFilename, letterOfRequest } from "@/lib/documents/queries";
import { currentClientIp } from "@/lib/rate-limit/current-client";
import { lookupTrackedRequest } from "@/lib/requests/tracking-lookup";

export const dynamic = "force-dynamic";

/** GET /api/lacak/surat/<id>?nomor=…&kode=…: the requester downloads a letter of THEIR request as PDF. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const query = new URL(request.url).searchParams;
  const lookup = await lookupTrackedRequest(query.get("nomor"), query.get("kode"), await currentClientIp());
  if (lookup.kind === "limited") return new Response(lookup.message, { status: 429, headers: { "Retry-After": String(lookup.retryAfterSeconds) } });
  if (lookup.kind !== "found") return new Response(lookup.message, { status: 404 });
  const letter = await letterOfRequest((await params).id, lookup.request.registrationNumber);
  if (!letter) return new Response("Surat tidak ditemukan.", { status: 404 });
  const pdf = await htmlToPdf(letter.html);
  return new Response(new Uint8Array(pdf), { headers: { "Content-Type": "application/pdf", "Content-Disposition": contentDisposition(letterFilename(letter.number)), "Cache-Control": "private, no-store" } });
}
