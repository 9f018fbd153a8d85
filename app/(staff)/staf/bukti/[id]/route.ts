import { requirePermission } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { readStoredFile } from "@/lib/files/storage";

/**
 * Serves an oversight document to staff: audit evidence, Monev data dukung or a training certificate.
 * Other stored files (e.g. applicants' powers of attorney) are not reachable through this route.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  await requirePermission("readOversight");
  const { id } = await params;
  const [audit, monev, certificate] = await Promise.all([
    db.auditItemScore.count({ where: { evidenceFileId: id } }),
    db.monevAnswer.count({ where: { evidenceFileId: id } }),
    db.trainingParticipant.count({ where: { certificateFileId: id } }),
  ]);
  const file = audit + monev + certificate > 0 ? await db.uploadedFile.findUnique({ where: { id }, select: { storageKey: true, mimeType: true, originalName: true } }) : null;
  if (!file) return new Response("Berkas tidak ditemukan.", { status: 404 });
  const bytes = await readStoredFile(file.storageKey);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Disposition": `inline; filename*=UTF-8''${encodeURIComponent(file.originalName)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
