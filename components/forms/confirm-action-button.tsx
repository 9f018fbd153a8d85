"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionResult, type ActionResult } from "@/lib/action-result";

/**
 * One button that runs a bound server action after the officer confirms (removals that cannot be
 * undone). A refusal is shown beside it; on success the page revalidates and the row disappears.
 */
export function ConfirmActionButton({ action, label, accessibleLabel, confirmText }: {
  action: (previous: ActionResult) => Promise<ActionResult>;
  label: string;
  accessibleLabel: string;
  confirmText: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialActionResult);
  return (
    <form action={formAction} className="inline-flex flex-wrap items-center gap-2" onSubmit={(event) => { if (!window.confirm(confirmText)) event.preventDefault(); }}>
      <Button type="submit" variant="secondary" disabled={pending} aria-label={accessibleLabel}>{label}</Button>
      {!state.ok && <FormMessage ok={false} message={state.message} />}
    </form>
  );
}
