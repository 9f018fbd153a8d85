"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionResult } from "@/lib/action-result";
import { setDipItemWithdrawnAction } from "@/lib/catalogue/actions";

export function WithdrawButton({ itemId, withdrawn }: { itemId: string; withdrawn: boolean }) {
  const [state, action, pending] = useActionState(setDipItemWithdrawnAction.bind(null, itemId, !withdrawn), initialActionResult);
  return (
    <form action={action} className="space-y-2">
      <FormMessage ok={state.ok} message={state.message} />
      <Button type="submit" variant="secondary" disabled={pending}>{withdrawn ? "Tampilkan kembali di portal" : "Tarik dari portal"}</Button>
    </form>
  );
}
