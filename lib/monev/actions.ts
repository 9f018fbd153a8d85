"use server";
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/guard";
import type { ActionResult } from "@/lib/action-result";
import { refusalResult } from "@/lib/action-failure";
import { storeEvidence } from "@/lib/files/evidence-upload";
import type { StoredUpload } from "@/lib/files/save-upload";
import { saveMonevAnswers, setMonevVisitScore } from "./assessment";
import { setUpMonevYear, updateMonevWeights } from "./indicators";
import { removeMonevQuestion, saveMonevQuestion } from "./questions";

function textEntries(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  return values;
}

/** Save the answers as a draft, or (intent=selesai) complete the self-assessment. */
export async function saveMonevAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("completeMonev");
  const values = textEntries(formData);
  const year = Number(values.year);
  const complete = values.intent === "selesai";
  // Data dukung documents (file-<questionId>) are checked and stored before the transaction.
  const files = new Map<string, StoredUpload>();
  const discards: (() => Promise<void>)[] = [];
  const discardAll = () => Promise.all(discards.map((d) => d()));
  for (const [key, value] of formData.entries()) {
    if (!key.startsWith("file-")) continue;
    const upload = await storeEvidence(value, key);
    if (!upload.ok) {
      await discardAll();
      return { ...upload.result, values };
    }
    discards.push(upload.discard);
    if (upload.stored) files.set(key.slice("file-".length), upload.stored);
  }
  try {
    await saveMonevAnswers(user, year, values, complete, undefined, files);
  } catch (error) {
    await discardAll();
    return refusalResult(error, values);
  }
  revalidatePath("/staf/monev");
  return { ok: true, message: complete ? `Penilaian mandiri ${year} diselesaikan.` : "Jawaban disimpan sebagai draf.", values };
}

export async function setMonevVisitScoreAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("completeMonev");
  const values = textEntries(formData);
  try {
    await setMonevVisitScore(user, Number(values.year), values.visitScore ?? "");
  } catch (error) {
    return refusalResult(error, values);
  }
  revalidatePath("/staf/monev");
  return { ok: true, message: "Nilai visitasi disimpan." };
}

export async function setUpMonevYearAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("completeMonev");
  const values = textEntries(formData);
  try {
    await setUpMonevYear(user, Number(values.year));
  } catch (error) {
    return refusalResult(error, values);
  }
  revalidatePath("/staf/monev");
  return { ok: true, message: `Indikator tahun ${values.year} ditetapkan.` };
}

export async function updateMonevWeightsAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("completeMonev");
  const values = textEntries(formData);
  try {
    await updateMonevWeights(user, Number(values.year), values);
  } catch (error) {
    return refusalResult(error, values);
  }
  revalidatePath("/staf/monev");
  return { ok: true, message: "Bobot indikator disimpan.", values };
}

/** Adds a question to an indicator, or (bound with its id) rewrites one. */
export async function saveMonevQuestionAction(questionId: string | null, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("completeMonev");
  const values = textEntries(formData);
  try {
    await saveMonevQuestion(user, questionId, values);
  } catch (error) {
    return refusalResult(error, values);
  }
  revalidatePath("/staf/monev");
  return questionId ? { ok: true, message: "Pertanyaan diubah.", values } : { ok: true, message: "Pertanyaan ditambahkan." };
}

export async function removeMonevQuestionAction(questionId: string, _prev: ActionResult): Promise<ActionResult> {
  const user = await requirePermission("completeMonev");
  try {
    await removeMonevQuestion(user, questionId);
  } catch (error) {
    return refusalResult(error);
  }
  revalidatePath("/staf/monev");
  return { ok: true, message: "Pertanyaan dihapus." };
}
