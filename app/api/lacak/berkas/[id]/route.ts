import { db } from "@/lib/db";
import { fileBelongsToRequest } from "@/lib/files/access";
import { fileResponse } from "@/lib/files/file-response";
import { currentClientIp } from "@/lib/rate-limit/current-client";
import { normalizeRegistrationNumber } from "@/lib/requests/public-tracking";
import { lookupTrackedRequest } from "@/lib/requests/tracking-lookup";

export const dynamic = "force-dynamic";

/**
 * GET /api/lacak/berkas/<id>?nomor=…&kode=…: the requester downloads a file of THEIR request only.
 * A file of another request answers exactly like a missing one (404), so ids cannot be probed.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const query = new URL(request.url).searchParams;
  const lookup = await lookupTrackedRequest(query.get("nomor"), query.get("kode"), await currentClientIp());
  if (lookup.kind === "limited") return new Response(lookup.message, { status: 429, headers: { "Retry-After": String(lookup.retryAfterSeconds) } });
  if (lookup.kind !== "found") return new Response(lookup.message, { status: 404 });
  const owner = await db.informationRequest.findUniqueOrThrow({ where: { registrationNumber: normalizeRegistrationNumber(lookup.request.registrationNumber) }, select: { id: true } });
  const { id } = await params;
  if (!(await fileBelongsToRequest(id, owner.id))) return new Response("Berkas tidak ditemukan.", { status: 404 });
  return fileResponse(id);
}
