import "server-only";
import { db, type Db } from "@/lib/db";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { writeAudit } from "@/lib/audit/write-audit";
import { discardUpload } from "@/lib/files/save-upload";
import { RuleError } from "@/lib/rule-error";

/**
 * Takes a document off a DIP item: the link, the file row and the stored bytes (a wrong upload may hold
 * personal data, so nothing is kept). The audit log keeps its name, size and checksum.
 */
export async function removeDipItemFile(user: StaffUser, itemId: string, fileId: string, client: Db = db): Promise<string> {
  assertPermission(user, "manageCatalogue");
  const removed = await client.$transaction(async (tx) => {
    const link = await tx.dipItemFile.findFirst({
      where: { itemId, fileId },
      select: { id: true, file: { select: { storageKey: true, originalName: true, mimeType: true, size: true, sha256: true } } },
    });
    if (!link) throw new RuleError("Berkas tidak ditemukan pada item ini.");
    await tx.dipItemFile.delete({ where: { id: link.id } });
    await tx.uploadedFile.delete({ where: { id: fileId } });
    const { storageKey, ...kept } = link.file;
    await writeAudit(tx, user, { action: "DIP_ITEM_FILE_REMOVED", entityType: "DipItem", entityId: itemId, before: { fileId, ...kept }, after: null });
    return link.file;
  });
  await discardUpload(removed);
  return removed.originalName;
}
