import "server-only";
import { z } from "zod";
import { readSetting } from "@/lib/settings/store";
import { EVIDENCE_KINDS, type AllowedFileKind } from "./limits";

// Upload size limit, editable as a setting (key "uploads"); default 20 MB.
export const uploadSettingsSchema = z.object({
  maxMegabytes: z.coerce.number("Batas ukuran harus berupa angka.").int("Batas ukuran harus bilangan bulat.").min(1, "Minimal 1 MB.").max(200, "Maksimal 200 MB."),
});

export const UPLOAD_SETTINGS_KEY = "uploads";
export const DEFAULT_UPLOAD_SETTINGS = { maxMegabytes: 20 };

export async function getUploadRules(kinds: readonly AllowedFileKind[] = EVIDENCE_KINDS) {
  const settings = await readSetting(UPLOAD_SETTINGS_KEY, uploadSettingsSchema, DEFAULT_UPLOAD_SETTINGS);
  return { kinds, maxBytes: settings.maxMegabytes * 1024 * 1024 };
}
