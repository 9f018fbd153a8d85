import "server-only";
import { db } from "@/lib/db";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { writeAudit } from "@/lib/audit/write-audit";
import { discardUpload, recordUpload, storeUpload, type StoredUpload } from "@/lib/files/save-upload";
import { isChosenFile, type FileLike } from "@/lib/files/limits";
import { getUploadRules, uploadSettingsSchema, UPLOAD_SETTINGS_KEY } from "@/lib/files/upload-settings";
import { parseOrRefuse } from "@/lib/rule-error";
import { getLetterhead, LETTERHEAD_KEY, letterheadSchema } from "@/lib/settings/letterhead";
import { writeSetting } from "@/lib/settings/store";

/** Saves the kop surat / signatory settings, an optional new logo (PNG or JPEG, checked by content) and the upload size limit. */
export async function updateLetterhead(actor: StaffUser, input: Record<string, unknown>, logo: FileLike | null): Promise<void> {
  assertPermission(actor, "manageSettings");
  const before = await getLetterhead();
  const fields = parseOrRefuse(letterheadSchema.omit({ logoFileId: true }), input);
  // The upload limit is saved only when the form sends it.
  const uploads = input.maxMegabytes === undefined ? null : parseOrRefuse(uploadSettingsSchema, input);
  const stored: StoredUpload | null = isChosenFile(logo) ? await storeUpload(logo, { ...(await getUploadRules()), kinds: ["png", "jpeg"] }) : null;
  try {
    await db.$transaction(async (tx) => {
      const logoFileId = stored ? await recordUpload(tx, stored) : before.logoFileId;
      const after = { ...fields, logoFileId };
      await writeSetting(tx, LETTERHEAD_KEY, after, actor.id);
      if (uploads) await writeSetting(tx, UPLOAD_SETTINGS_KEY, uploads, actor.id);
      await writeAudit(tx, actor, { action: "UPDATE_LETTERHEAD", entityType: "Setting", entityId: LETTERHEAD_KEY, before, after: { ...after, uploads } });
    });
  } catch (error) {
    await discardUpload(stored);
    throw error;
  }
}
