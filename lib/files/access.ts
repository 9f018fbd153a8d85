import "server-only";
import { db } from "@/lib/db";

export type FileOwner =
  | { kind: "request" | "objection"; requestId: string }
  | { kind: "complaint"; complaintId: string }
  | { kind: "dip"; itemId: string };

/** What a stored file belongs to; downloads are allowed only through its owner. */
export async function fileOwner(fileId: string): Promise<FileOwner | null> {
  const file = await db.uploadedFile.findUnique({
    where: { id: fileId },
    select: {
      powerOfAttorneyFor: { select: { id: true } },
      objectionProxyFor: { select: { requestId: true } },
      complaintAttachment: { select: { complaintId: true } },
      requestAttachment: { select: { requestId: true } },
      dipItemFile: { select: { itemId: true } },
    },
  });
  if (!file) return null;
  if (file.powerOfAttorneyFor) return { kind: "request", requestId: file.powerOfAttorneyFor.id };
  if (file.requestAttachment) return { kind: "request", requestId: file.requestAttachment.requestId };
  if (file.objectionProxyFor) return { kind: "objection", requestId: file.objectionProxyFor.requestId };
  if (file.complaintAttachment) return { kind: "complaint", complaintId: file.complaintAttachment.complaintId };
  if (file.dipItemFile) return { kind: "dip", itemId: file.dipItemFile.itemId };
  return null;
}

/** True when the file belongs to this request (its power of attorney, or a proxy letter of one of its objections). */
export async function fileBelongsToRequest(fileId: string, requestId: string): Promise<boolean> {
  const owner = await fileOwner(fileId);
  return owner !== null && (owner.kind === "request" || owner.kind === "objection") && owner.requestId === requestId;
}
