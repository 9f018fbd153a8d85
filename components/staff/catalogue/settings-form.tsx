"use client";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useAdminAction } from "@/components/staff/admin/use-admin-action";
import { saveCatalogueSettingsAction } from "@/lib/catalogue/actions";
import type { CatalogueSettings } from "@/lib/catalogue/settings";

export function CatalogueSettingsForm({ settings }: { settings: CatalogueSettings }) {
  const form = useAdminAction(saveCatalogueSettingsAction);
  const { error } = form;
  return (
    <form action={form.formAction} noValidate className="space-y-4">
      <FormMessage ok={form.state.ok} message={form.state.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="dueSoonDays" label="Pengingat sebelum jatuh tempo (hari)" hint="Bawaan 30 hari." error={error("dueSoonDays")} required>
          <input name="dueSoonDays" type="number" min={1} max={180} defaultValue={form.value("dueSoonDays", String(settings.dueSoonDays))} {...fieldAria("dueSoonDays", error("dueSoonDays"), true)} className={inputClass} />
        </Field>
        <Field id="bannerDays" label="Lama spanduk serta merta (hari)" hint="Bawaan 14 hari." error={error("bannerDays")} required>
          <input name="bannerDays" type="number" min={1} max={90} defaultValue={form.value("bannerDays", String(settings.bannerDays))} {...fieldAria("bannerDays", error("bannerDays"), true)} className={inputClass} />
        </Field>
      </div>
      <Button type="submit" disabled={form.pending}>Simpan pengaturan</Button>
    </form>
  );
}
