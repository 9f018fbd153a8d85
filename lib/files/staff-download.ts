import "server-only";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { fileOwner } from "@/lib/files/access";
import { fileResponse } from "@/lib/files/file-response";

/**
 * An uploaded file for a staff member, only when their role may read what it belongs to
 * (a request's power of attorney or attachment, an objection's proxy letter, a complaint's attachment).
 * Files that belong to nothing are never served. Throws ForbiddenError when the role lacks the right.
 */
export async function staffFileResponse(user: StaffUser, fileId: string): Promise<Response> {
  const owner = await fileOwner(fileId);
  if (!owner) return new Response("Berkas tidak ditemukan.", { status: 404 });
  assertPermission(user, owner.kind === "complaint" ? "readComplaints" : owner.kind === "objection" ? "readObjections" : "readRequests");
  return fileResponse(fileId);
}
