"use server";
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/guard";
import type { ActionResult } from "@/lib/action-result";
import { formValues, refusalResult } from "@/lib/action-failure";
import { discardUpload, storeUpload, UploadRejectedError, type StoredUpload } from "@/lib/files/save-upload";
import { isChosenFile } from "@/lib/files/limits";
import { addRoleCompetency, addTrainingParticipant, createTrainingEvent } from "./services";
import { removeRoleCompetency, removeTrainingParticipant, updateTrainingEvent } from "./corrections";

const EVENT_FIELDS = ["title", "organiser", "date", "hours", "topic", "competency"] as const;

export async function createTrainingEventAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("manageTraining");
  const values = formValues(formData, EVENT_FIELDS);
  try {
    await createTrainingEvent(user, values);
  } catch (error) {
    return refusalResult(error, values);
  }
  revalidatePath("/staf/pembinaan");
  return { ok: true, message: "Pelatihan dicatat." };
}

/** Adds a participant; the certificate (PDF/JPEG/PNG, checked by content) is stored before the transaction. */
export async function addTrainingParticipantAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("manageTraining");
  const values = formValues(formData, ["eventId", "userId"]);
  const file = formData.get("certificate");
  let stored: StoredUpload | null = null;
  try {
    if (isChosenFile(file)) stored = await storeUpload(file);
    await addTrainingParticipant(user, values.eventId, values.userId, stored);
  } catch (error) {
    await discardUpload(stored);
    if (error instanceof UploadRejectedError) return { ok: false, message: "Periksa berkas sertifikat.", fieldErrors: { certificate: [error.message] }, values };
    return refusalResult(error, values);
  }
  revalidatePath("/staf/pembinaan");
  return { ok: true, message: stored ? "Peserta dan sertifikat dicatat." : "Peserta dicatat." };
}

export async function addRoleCompetencyAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("manageTraining");
  const values = formValues(formData, ["role", "competency"]);
  try {
    await addRoleCompetency(user, values.role, values.competency);
  } catch (error) {
    return refusalResult(error, values);
  }
  revalidatePath("/staf/pembinaan");
  return { ok: true, message: "Kompetensi wajib ditambahkan." };
}

export async function updateTrainingEventAction(eventId: string, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("manageTraining");
  const values = formValues(formData, EVENT_FIELDS);
  try {
    await updateTrainingEvent(user, eventId, values);
  } catch (error) {
    return refusalResult(error, values);
  }
  revalidatePath("/staf/pembinaan");
  return { ok: true, message: "Perubahan pelatihan disimpan.", values };
}

export async function removeTrainingParticipantAction(participantId: string, _prev: ActionResult): Promise<ActionResult> {
  const user = await requirePermission("manageTraining");
  try {
    const name = await removeTrainingParticipant(user, participantId);
    revalidatePath("/staf/pembinaan");
    return { ok: true, message: `${name} dihapus dari daftar peserta.` };
  } catch (error) {
    return refusalResult(error);
  }
}

export async function removeRoleCompetencyAction(competencyId: string, _prev: ActionResult): Promise<ActionResult> {
  const user = await requirePermission("manageTraining");
  try {
    await removeRoleCompetency(user, competencyId);
    revalidatePath("/staf/pembinaan");
    return { ok: true, message: "Kompetensi wajib dihapus." };
  } catch (error) {
    return refusalResult(error);
  }
}
