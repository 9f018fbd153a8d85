"use client";
import { HOLIDAY_KIND_LABELS } from "@/lib/holidays/labels";
import type { HolidayKind } from "@/lib/generated/prisma/enums";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useAdminAction, type AdminFormAction } from "@/components/staff/admin/use-admin-action";

type HolidayInitial = { date: string; kind: HolidayKind | ""; name: string };

/** Add or edit one holiday; the server recomputes open requests' due dates and says how many changed. */
export function HolidayForm({ action, initial, submitLabel }: { action: AdminFormAction; initial: HolidayInitial; submitLabel: string }) {
  const form = useAdminAction(action);
  const { error, value } = form;
  // The select is keyed by its value so it remounts with the echoed choice (see role-select.tsx).
  return (
    <form action={form.formAction} noValidate className="space-y-4">
      <FormMessage ok={form.state.ok} message={form.state.message} />
      <div className="grid gap-4 sm:grid-cols-[12rem_14rem_1fr]">
        <Field id="date" label="Tanggal" error={error("date")} required>
          <input type="date" name="date" defaultValue={value("date", initial.date)} {...fieldAria("date", error("date"))} className={inputClass} />
        </Field>
        <Field id="kind" label="Jenis" error={error("kind")} required>
          <select key={value("kind", initial.kind)} name="kind" defaultValue={value("kind", initial.kind)} {...fieldAria("kind", error("kind"))} className={inputClass}>
            <option value="" disabled>
              — pilih jenis —
            </option>
            {(Object.keys(HOLIDAY_KIND_LABELS) as HolidayKind[]).map((kind) => (
              <option key={kind} value={kind}>
                {HOLIDAY_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="name" label="Nama" error={error("name")} required>
          <input name="name" defaultValue={value("name", initial.name)} {...fieldAria("name", error("name"))} className={inputClass} />
        </Field>
      </div>
      <Button type="submit" disabled={form.pending}>
        {form.pending ? "Menyimpan dan menghitung ulang tenggat…" : submitLabel}
      </Button>
    </form>
  );
}
