import "server-only";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { fileOwner, type FileOwner } from "@/lib/files/access";
import { fileResponse } from "@/lib/files/file-response";
import type { Permission } from "@/lib/auth/roles";

const READ_PERMISSION: Record<FileOwner["kind"], Permission> = {
  request: "readRequests",
  objection: "readObjections",
  complaint: "readComplaints",
  // Staff read every catalogue file, exempt (dikecualikan) ones included; the public route never serves those.
  dip: "readCatalogue",
};

/**
 * An uploaded file for a staff member, only when their role may read what it belongs to
 * (a request's power of attorney or attachment, an objection's proxy letter, a complaint's attachment,
 * a DIP item's document).
 * Files that belong to nothing are never served. Throws ForbiddenError when the role lacks the right.
 */
export async function staffFileResponse(user: StaffUser, fileId: string): Promise<Response> {
  const owner = await fileOwner(fileId);
  if (!owner) return new Response("Berkas tidak ditemukan.", { status: 404 });
  assertPermission(user, READ_PERMISSION[owner.kind]);
  return fileResponse(fileId);
}
