import { requirePermission } from "@/lib/auth/guard";
import { staffFileResponse } from "@/lib/files/staff-download";

export const dynamic = "force-dynamic";

/** GET /staf/berkas/<id>: an uploaded file, for staff whose role may read what it belongs to. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("readRequests");
  const { id } = await params;
  return staffFileResponse(user, id);
}
