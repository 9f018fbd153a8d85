"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import type { ActionResult } from "@/lib/action-result";
import { CHECK_FIELDS, formValues, refusalResult } from "@/lib/action-failure";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { changeUserRole, createUser, resetUserPassword, setUserActive } from "@/lib/users/service";

const USERS_PATH = "/staf/admin/pengguna";
// The password is never echoed back to the browser.
const CREATE_FIELDS = ["username", "name", "email", "nip", "role"] as const;

/** The form asks for the password twice; a typo would otherwise lock the person out. */
function confirmationMismatch(formData: FormData, values: Record<string, string> = {}): ActionResult | null {
  if (formData.get("password") === formData.get("passwordConfirm")) return null;
  return { ok: false, message: CHECK_FIELDS, fieldErrors: { passwordConfirm: ["Konfirmasi kata sandi tidak sama."] }, values };
}

export async function createUserAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("manageUsers");
  const values = formValues(formData, CREATE_FIELDS);
  const mismatch = confirmationMismatch(formData, values);
  if (mismatch) return mismatch;
  let createdId: string;
  try {
    const created = await createUser(user, { ...values, password: formData.get("password") ?? "" });
    createdId = created.id;
  } catch (error) {
    return refusalResult(error, values);
  }
  revalidatePath(USERS_PATH);
  redirect(`${USERS_PATH}/${createdId}?dibuat=1`);
}

export async function changeUserRoleAction(userId: string, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("manageUsers");
  const values = formValues(formData, ["role"]);
  try {
    const updated = await changeUserRole(user, userId, values);
    revalidatePath(USERS_PATH, "layout");
    return { ok: true, message: `Peran ${updated.username} kini ${ROLE_LABELS[updated.role]}.`, values };
  } catch (error) {
    return refusalResult(error, values);
  }
}

export async function setUserActiveAction(userId: string, active: boolean, _prev: ActionResult): Promise<ActionResult> {
  const user = await requirePermission("manageUsers");
  try {
    const updated = await setUserActive(user, userId, active);
    revalidatePath(USERS_PATH, "layout");
    return {
      ok: true,
      message: updated.active ? `Akun ${updated.username} aktif kembali.` : `Akun ${updated.username} dinonaktifkan; akun ini tidak dapat masuk lagi.`,
    };
  } catch (error) {
    return refusalResult(error);
  }
}

export async function resetUserPasswordAction(userId: string, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requirePermission("manageUsers");
  const mismatch = confirmationMismatch(formData);
  if (mismatch) return mismatch;
  try {
    const updated = await resetUserPassword(user, userId, { password: formData.get("password") ?? "" });
    return { ok: true, message: `Kata sandi ${updated.username} telah diganti. Sampaikan kata sandi baru secara langsung, jangan melalui surel.` };
  } catch (error) {
    return refusalResult(error);
  }
}
