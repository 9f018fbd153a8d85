import { requirePermission } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { readStoredFile } from "@/lib/files/storage";

/** Serves a training certificate to staff; only files recorded as certificates, nothing else from storage. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  await requirePermission("readOversight");
  const { id } = await params;
  const participant = await db.trainingParticipant.findFirst({ where: { certificateFileId: id }, select: { id: true } });
  const file = participant ? await db.uploadedFile.findUnique({ where: { id }, select: { storageKey: true, mimeType: true, originalName: true } }) : null;
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
