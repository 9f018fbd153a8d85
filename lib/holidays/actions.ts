"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import type { ActionResult } from "@/lib/action-result";
import { formValues, refusalResult } from "@/lib/action-failure";
import { addHoliday, deleteHoliday, setHolidayYearComplete, updateHoliday } from "@/lib/holidays/service";
import { describeRecompute } from "@/lib/holidays/recompute-summary";

const HOLIDAYS_PATH = "/staf/admin/hari-libur";
const FIELDS = ["date", "kind", "name"] as const;

// After a change the staff pages that show due dates must not serve stale numbers.
function revalidateDeadlines() {
  revalidatePath("/staf", "layout");
}

export async function addHolidayAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("manageHolidays");
  const values = formValues(formData, FIELDS);
  try {
    const { recompute } = await addHoliday(user, values);
    revalidateDeadlines();
    return { ok: true, message: `Hari libur ${values.date} ditambahkan. ${describeRecompute(recompute)}` };
  } catch (error) {
    return refusalResult(error, values);
  }
}

export async function updateHolidayAction(id: string, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("manageHolidays");
  const values = formValues(formData, FIELDS);
  try {
    const { recompute } = await updateHoliday(user, id, values);
    revalidateDeadlines();
    return { ok: true, message: `Perubahan disimpan. ${describeRecompute(recompute)}`, values };
  } catch (error) {
    return refusalResult(error, values);
  }
}

export async function deleteHolidayAction(id: string, _prev: ActionResult): Promise<ActionResult> {
  const user = await requirePermission("manageHolidays");
  let query: string;
  try {
    const { holiday, recompute } = await deleteHoliday(user, id);
    // Only numbers travel in the URL; the list page words the message itself.
    const year = holiday.date.getUTCFullYear();
    query = `tahun=${year}&dihapus=1&diperiksa=${recompute.checked}&berubah=${recompute.changed}`;
  } catch (error) {
    return refusalResult(error);
  }
  revalidateDeadlines();
  redirect(`${HOLIDAYS_PATH}?${query}`);
}

export async function setHolidayYearCompleteAction(year: number, complete: boolean, _prev: ActionResult): Promise<ActionResult> {
  const user = await requirePermission("manageHolidays");
  try {
    const recompute = await setHolidayYearComplete(user, year, complete);
    revalidateDeadlines();
    const state = complete ? "lengkap" : "belum lengkap";
    return { ok: true, message: `Data hari libur tahun ${year} ditandai ${state}. ${describeRecompute(recompute)}` };
  } catch (error) {
    return refusalResult(error);
  }
}
