"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionResult } from "@/lib/action-result";
import { checkDipLinkAction } from "@/lib/catalogue/actions";

export function LinkCheckButton({ itemId }: { itemId: string }) {
  const [state, action, pending] = useActionState(checkDipLinkAction.bind(null, itemId), initialActionResult);
  return (
    <form action={action} className="space-y-2">
      <FormMessage ok={state.ok} message={state.message} />
      <Button type="submit" variant="secondary" disabled={pending}>{pending ? "Memeriksa tautan…" : "Periksa tautan sekarang"}</Button>
    </form>
  );
}
