"use server";
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { refusalResult } from "@/lib/action-failure";
import { requirePermission } from "@/lib/auth/guard";
import { profileFormEcho, profileFormFromFields } from "./annual-profile-form";
import { saveAnnualProfile } from "./annual-profile-services";

export async function saveAnnualProfileAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("manageReportProfile");
  const values = profileFormEcho(formData);
  let year: number;
  try {
    const { profile, changed } = await saveAnnualProfile(user, profileFormFromFields(values, Number(values.year)));
    if (!changed) return { ok: true, message: `Tidak ada perubahan pada profil laporan tahunan ${profile.year}.`, values };
    year = profile.year;
  } catch (error) {
    return refusalResult(error, values);
  }
  revalidatePath("/staf/laporan", "layout");
  return { ok: true, message: `Profil laporan tahunan ${year} disimpan. Laporan tahunan dan semester ${year} memakai isian ini.`, values };
}
