import "server-only";
import { z } from "zod";
import type { Db, Tx } from "@/lib/db";
import { readSetting } from "@/lib/settings/store";
import { DEFAULT_DUE_SOON_DAYS } from "./freshness";

// *Setting*: how many days before its review date an item counts as "segera jatuh tempo" and its
// official is reminded; how long a serta merta announcement stays in the portal banner.
export const catalogueSettingsSchema = z.object({
  dueSoonDays: z.coerce.number("Harus berupa angka.").int("Harus bilangan bulat.").min(1, "Minimal 1 hari.").max(180, "Maksimal 180 hari."),
  bannerDays: z.coerce.number("Harus berupa angka.").int("Harus bilangan bulat.").min(1, "Minimal 1 hari.").max(90, "Maksimal 90 hari."),
});
export type CatalogueSettings = z.infer<typeof catalogueSettingsSchema>;
export const DEFAULT_CATALOGUE_SETTINGS: CatalogueSettings = { dueSoonDays: DEFAULT_DUE_SOON_DAYS, bannerDays: 14 };
export const CATALOGUE_SETTINGS_KEY = "catalogue";

export async function getCatalogueSettings(client?: Tx | Db): Promise<CatalogueSettings> {
  return readSetting(CATALOGUE_SETTINGS_KEY, catalogueSettingsSchema, { ...DEFAULT_CATALOGUE_SETTINGS }, client);
}
