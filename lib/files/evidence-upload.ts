import "server-only";
import type { ActionResult } from "@/lib/action-result";
import { isChosenFile } from "./limits";
import { discardUpload, storeUpload, UploadRejectedError, type StoredUpload } from "./save-upload";

export type EvidenceUpload =
  | { ok: true; stored: StoredUpload | null; discard: () => Promise<void> }
  | { ok: false; result: ActionResult };

/**
 * An optional evidence document (PDF/JPEG/PNG, checked by content) posted in `field`: stored before
 * the transaction; the caller discards it when the transaction refuses. A rejected file becomes a
 * message at that field.
 */
export async function storeEvidence(value: FormDataEntryValue | null, field: string): Promise<EvidenceUpload> {
  if (!isChosenFile(value)) return { ok: true, stored: null, discard: async () => undefined };
  try {
    const stored = await storeUpload(value);
    return { ok: true, stored, discard: () => discardUpload(stored) };
  } catch (error) {
    if (error instanceof UploadRejectedError) {
      return { ok: false, result: { ok: false, message: "Periksa kembali isian yang ditandai.", fieldErrors: { [field]: [error.message] } } };
    }
    throw error;
  }
}
