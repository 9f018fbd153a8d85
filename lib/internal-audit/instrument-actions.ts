"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import type { ActionResult } from "@/lib/action-result";
import { formValues, refusalResult } from "@/lib/action-failure";
import { activateInstrument, addInstrumentItem, copyInstrument, removeInstrumentItem, updateInstrumentItem } from "./services/instruments";

const ITEM_FIELDS = ["question", "weight", "maxScore", "levels", "prefillSource"] as const;
const PATH = "/staf/audit/instrumen";

export async function copyInstrumentAction(sourceId: string, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("manageAuditInstruments");
  const values = formValues(formData, ["name"]);
  let id: string;
  try {
    id = await copyInstrument(user, sourceId, values);
  } catch (error) {
    return refusalResult(error, values);
  }
  revalidatePath(PATH);
  redirect(`${PATH}/${id}`);
}

/** Saves an item: bound with (instrumentId, itemId) to change it, or (instrumentId, null, sectionId) to add one. */
export async function saveInstrumentItemAction(instrumentId: string, itemId: string | null, sectionId: string | null, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("manageAuditInstruments");
  const values = formValues(formData, ITEM_FIELDS);
  try {
    if (itemId) await updateInstrumentItem(user, itemId, values);
    else await addInstrumentItem(user, sectionId ?? "", values);
  } catch (error) {
    return refusalResult(error, values);
  }
  revalidatePath(`${PATH}/${instrumentId}`);
  return itemId ? { ok: true, message: "Butir disimpan.", values } : { ok: true, message: "Butir ditambahkan." };
}

export async function removeInstrumentItemAction(instrumentId: string, itemId: string, _prev: ActionResult): Promise<ActionResult> {
  const user = await requirePermission("manageAuditInstruments");
  try {
    await removeInstrumentItem(user, itemId);
  } catch (error) {
    return refusalResult(error);
  }
  revalidatePath(`${PATH}/${instrumentId}`);
  return { ok: true, message: "Butir dihapus." };
}

export async function activateInstrumentAction(instrumentId: string, _prev: ActionResult): Promise<ActionResult> {
  const user = await requirePermission("manageAuditInstruments");
  try {
    await activateInstrument(user, instrumentId);
  } catch (error) {
    return refusalResult(error);
  }
  revalidatePath(PATH, "layout");
  return { ok: true, message: "Instrumen ini dipakai untuk audit berikutnya." };
}
