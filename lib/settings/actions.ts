"use server";
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/guard";
import type { ActionResult } from "@/lib/action-result";
import { formValues, refusalResult } from "@/lib/action-failure";
import { CLOCK_SETTING_KEYS } from "@/lib/deadlines/clock-settings";
import { describeRecompute } from "@/lib/holidays/recompute-summary";
import { updateAgencyProfile, updateClockSettings } from "@/lib/settings/settings-service";

const AGENCY_FIELDS = ["name", "parentName", "address", "phone", "email", "registrationCode"] as const;

export async function saveClockSettingsAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("manageSettings");
  const values = formValues(formData, CLOCK_SETTING_KEYS);
  // Form strings to the schema's types: "true"/"false" radio, and an empty cutoff means none.
  const input = {
    ...values,
    cutiBersamaIsWorkingDay: values.cutiBersamaIsWorkingDay === "true",
    officeHoursCutoff: values.officeHoursCutoff.trim() === "" ? null : values.officeHoursCutoff,
  };
  try {
    const result = await updateClockSettings(user, input);
    if (!result.changed) return { ok: true, message: "Tidak ada perubahan pengaturan.", values };
    revalidatePath("/staf", "layout");
    return { ok: true, message: `Pengaturan tenggat disimpan. ${describeRecompute(result.recompute)}`, values };
  } catch (error) {
    return refusalResult(error, values);
  }
}

export async function saveAgencyProfileAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("manageSettings");
  const values = formValues(formData, AGENCY_FIELDS);
  try {
    const result = await updateAgencyProfile(user, values);
    if (!result.changed) return { ok: true, message: "Tidak ada perubahan profil instansi.", values };
    revalidatePath("/", "layout");
    return { ok: true, message: "Profil instansi disimpan.", values };
  } catch (error) {
    return refusalResult(error, values);
  }
}
