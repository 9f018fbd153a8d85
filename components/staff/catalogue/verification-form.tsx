"use client";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useAdminAction } from "@/components/staff/admin/use-admin-action";
import { verifyDipItemAction } from "@/lib/catalogue/actions";
import { VERIFICATION_CHECKS } from "@/lib/catalogue/labels";

/** The review step: four checks and notes. Passing all four restarts the review cycle. */
export function VerificationForm({ itemId }: { itemId: string }) {
  const form = useAdminAction(verifyDipItemAction.bind(null, itemId));
  const { error } = form;
  return (
    <form action={form.formAction} noValidate className="space-y-3">
      <FormMessage ok={form.state.ok} message={form.state.message} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Daftar periksa</legend>
        {VERIFICATION_CHECKS.map(([name, label]) => (
          <label key={name} className="flex items-start gap-2 text-sm">
            <input type="checkbox" name={name} defaultChecked={form.value(name) === "on"} className="mt-1" /> {label}
          </label>
        ))}
      </fieldset>
      <Field id="notes" label="Catatan verifikasi" hint="Apa yang diperiksa, sumber pembanding, dan perbaikan yang perlu dilakukan." error={error("notes")} required>
        <textarea name="notes" rows={3} defaultValue={form.value("notes")} {...fieldAria("notes", error("notes"), true)} className={inputClass} />
      </Field>
      <Button type="submit" disabled={form.pending}>Catat verifikasi</Button>
    </form>
  );
}
