"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import type { ActionResult } from "@/lib/action-result";
import { formValues, refusalResult } from "@/lib/action-failure";
import { discardUpload, storeUpload, UploadRejectedError, type StoredUpload } from "@/lib/files/save-upload";
import { DIP_FILE_KINDS, isChosenFile } from "@/lib/files/limits";
import { DIP_ITEM_FIELDS, MANDATORY_FIELDS, VERIFICATION_FIELDS } from "./schema";
import { createDipItem, recordLinkCheck, setDipItemWithdrawn, updateDipItem, verifyDipItem } from "./service";
import { saveCatalogueSettings, saveMandatoryKind } from "./mandatory-service";
import { removeDipItemFile } from "./item-files";

const STAFF_PATH = "/staf/informasi";

function revalidateCatalogue() {
  revalidatePath("/informasi", "layout");
  revalidatePath(STAFF_PATH, "layout");
  revalidatePath("/", "layout");
}

/** Checks and stores the chosen file before the transaction; a refusal is shown at the file field. */
async function takeUpload(formData: FormData, values: Record<string, string>): Promise<StoredUpload | null | ActionResult> {
  const file = formData.get("file");
  if (!isChosenFile(file)) return null;
  try {
    return await storeUpload(file, { kinds: DIP_FILE_KINDS });
  } catch (error) {
    if (error instanceof UploadRejectedError) return { ok: false, message: error.message, fieldErrors: { file: [error.message] }, values };
    throw error;
  }
}

async function saveItem(itemId: string | null, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("manageCatalogue");
  const values = formValues(formData, DIP_ITEM_FIELDS);
  const upload = await takeUpload(formData, values);
  if (upload && "ok" in upload) return upload;
  let id: string;
  try {
    const item = itemId ? await updateDipItem(user, itemId, values, upload) : await createDipItem(user, values, upload);
    id = item.id;
  } catch (error) {
    await discardUpload(upload);
    return refusalResult(error, values);
  }
  revalidateCatalogue();
  redirect(`${STAFF_PATH}/${id}?disimpan=1`);
}

export async function createDipItemAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  await requirePermission("manageCatalogue");
  return saveItem(null, formData);
}

export async function updateDipItemAction(itemId: string, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  await requirePermission("manageCatalogue");
  return saveItem(itemId, formData);
}

export async function verifyDipItemAction(itemId: string, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("manageCatalogue");
  const values = formValues(formData, VERIFICATION_FIELDS);
  try {
    const result = await verifyDipItem(user, itemId, values);
    revalidateCatalogue();
    return {
      ok: true,
      message: result.passed
        ? "Verifikasi tercatat. Item dinyatakan mutakhir dan siklus tinjauan dimulai lagi."
        : "Verifikasi tercatat sebagai belum lolos: lengkapi perbaikan lalu verifikasi ulang.",
    };
  } catch (error) {
    return refusalResult(error, values);
  }
}

export async function setDipItemWithdrawnAction(itemId: string, withdrawn: boolean, _prev: ActionResult): Promise<ActionResult> {
  const user = await requirePermission("manageCatalogue");
  try {
    await setDipItemWithdrawn(user, itemId, withdrawn);
    revalidateCatalogue();
    return { ok: true, message: withdrawn ? "Item ditarik dari portal publik." : "Item ditampilkan kembali di portal publik." };
  } catch (error) {
    return refusalResult(error);
  }
}

export async function removeDipItemFileAction(itemId: string, fileId: string, _prev: ActionResult): Promise<ActionResult> {
  const user = await requirePermission("manageCatalogue");
  try {
    const name = await removeDipItemFile(user, itemId, fileId);
    revalidateCatalogue();
    return { ok: true, message: `Berkas "${name}" dihapus dari item ini.` };
  } catch (error) {
    return refusalResult(error);
  }
}

export async function checkDipLinkAction(itemId: string, _prev: ActionResult): Promise<ActionResult> {
  const user = await requirePermission("manageCatalogue");
  try {
    const result = await recordLinkCheck(user, itemId);
    revalidateCatalogue();
    return { ok: result.ok, message: result.detail };
  } catch (error) {
    return refusalResult(error);
  }
}

export async function saveMandatoryKindAction(kindId: string | null, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("manageCatalogue");
  const values = formValues(formData, MANDATORY_FIELDS);
  try {
    const kind = await saveMandatoryKind(user, kindId, values);
    revalidateCatalogue();
    return { ok: true, message: `Jenis informasi wajib "${kind.title}" disimpan.`, values: kindId ? values : {} };
  } catch (error) {
    return refusalResult(error, values);
  }
}

export async function saveCatalogueSettingsAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("manageSettings");
  const values = formValues(formData, ["dueSoonDays", "bannerDays"]);
  try {
    await saveCatalogueSettings(user, values);
    revalidateCatalogue();
    return { ok: true, message: "Pengaturan pemantauan DIP disimpan.", values };
  } catch (error) {
    return refusalResult(error, values);
  }
}
