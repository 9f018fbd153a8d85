"use client";
import { useActionState } from "react";
import { initialActionResult, type ActionResult } from "@/lib/action-result";
import { useFocusFirstError } from "@/components/forms/use-focus-first-error";

export type AdminFormAction = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

/** One admin form's state: last result, field errors, and the values echoed after a refusal. */
export function useAdminAction(action: AdminFormAction) {
  const [state, formAction, pending] = useActionState(action, initialActionResult);
  useFocusFirstError(state);
  return {
    state,
    formAction,
    pending,
    error: (field: string) => state.fieldErrors?.[field],
    value: (field: string, fallback = "") => state.values?.[field] ?? fallback,
  };
}
