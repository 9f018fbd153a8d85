import { NextResponse, type NextRequest } from "next/server";
import { clientIpFromHeaders } from "@/lib/rate-limit";
import { lookupTrackedRequest } from "@/lib/requests/tracking-lookup";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" };
const STATUS = { invalid: 400, "not-found": 404, limited: 429 } as const;

/** GET /api/lacak?nomor=…&kode=… — the tracking data of /lacak as JSON (documented on that page). */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const lookup = await lookupTrackedRequest(params.get("nomor"), params.get("kode"), clientIpFromHeaders(request.headers));
  if (lookup.kind === "found") return NextResponse.json(lookup.request, { headers: NO_STORE });

  const headers: Record<string, string> = { ...NO_STORE };
  if (lookup.kind === "limited") headers["Retry-After"] = String(lookup.retryAfterSeconds);
  return NextResponse.json({ error: lookup.message }, { status: STATUS[lookup.kind], headers });
}
