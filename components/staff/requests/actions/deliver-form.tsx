"use client";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { COPY_DELIVERY_LABELS } from "@/lib/requests/labels";
import { deliverRequestAction } from "@/lib/requests/staff-actions";
import { ActionFormShell, useRequestAction } from "./action-form";

export function DeliverForm({ requestId, today, defaultMethod }: { requestId: string; today: string; defaultMethod: string }) {
  const form = useRequestAction(deliverRequestAction);
  const aria = (id: string, hint = false) => fieldAria(id, form.error(id), hint);
  return (
    <ActionFormShell title="Catat penyerahan informasi" requestId={requestId} form={form} submitLabel="Simpan penyerahan">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="deliveredDate" label="Tanggal penyerahan" error={form.error("deliveredDate")} required>
          <input type="date" name="deliveredDate" max={today} defaultValue={form.value("deliveredDate", today)} className={inputClass} {...aria("deliveredDate")} />
        </Field>
        <Field id="deliveryMethod" label="Cara penyerahan" error={form.error("deliveryMethod")} required>
          <select name="deliveryMethod" defaultValue={form.value("deliveryMethod", defaultMethod)} className={inputClass} {...aria("deliveryMethod")}>
            {Object.entries(COPY_DELIVERY_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field id="deliveredInformation" label="Uraian informasi yang diserahkan" error={form.error("deliveredInformation")} required>
        <textarea name="deliveredInformation" rows={3} defaultValue={form.value("deliveredInformation")} className={inputClass} {...aria("deliveredInformation")} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="costAmount" label="Biaya (rupiah)" hint="Isi 0 bila gratis; hanya biaya penggandaan/pengiriman nyata." error={form.error("costAmount")} required>
          <input name="costAmount" inputMode="numeric" defaultValue={form.value("costAmount", "0")} className={inputClass} {...aria("costAmount", true)} />
        </Field>
        <Field id="paymentNote" label="Keterangan pembayaran (opsional)" error={form.error("paymentNote")}>
          <input name="paymentNote" defaultValue={form.value("paymentNote")} className={inputClass} {...aria("paymentNote")} />
        </Field>
      </div>
    </ActionFormShell>
  );
}
