import { assertPermission, requirePermission } from "@/lib/auth/guard";
import { fileOwner } from "@/lib/files/access";
import { fileResponse } from "@/lib/files/file-response";

export const dynamic = "force-dynamic";

/** GET /staf/berkas/<id>: an uploaded file, for staff whose role may read what it belongs to. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("readRequests");
  const { id } = await params;
  const owner = await fileOwner(id);
  if (!owner) return new Response("Berkas tidak ditemukan.", { status: 404 });
  assertPermission(user, owner.kind === "complaint" ? "readComplaints" : owner.kind === "objection" ? "readObjections" : "readRequests");
  return fileResponse(id);
}
