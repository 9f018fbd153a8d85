import { ChoiceGroup } from "@/components/ui/choice-group";
import { Field, inputClass } from "@/components/ui/field";
import { COPY_DELIVERY_LABELS, OBTAIN_METHOD_LABELS } from "@/lib/requests/labels";
import { COPY_DELIVERIES, OBTAIN_METHODS } from "@/lib/requests/schema";
import type { RequestFormBindings } from "./request-form-bindings";

/** What is asked, why, and how the requester wants to receive it. */
export function RequestFormRequest({ bind }: { bind: RequestFormBindings }) {
  return (
    <fieldset className="space-y-4">
      <legend className="mb-2 text-lg font-semibold">2. Informasi yang dimohon</legend>
      <Field announceError={false}
        id="informationRequested"
        label="Rincian informasi yang dibutuhkan"
        hint="Sebutkan sejelas mungkin: nama dokumen, kegiatan, periode atau tahun."
        error={bind.error("informationRequested")}
        required
      >
        <textarea {...bind.text("informationRequested", true)} rows={5} className={inputClass} />
      </Field>
      <Field announceError={false} id="purpose" label="Tujuan penggunaan informasi" error={bind.error("purpose")} required>
        <textarea {...bind.text("purpose")} rows={3} className={inputClass} />
      </Field>
      <ChoiceGroup announceError={false}
        name="obtainMethod"
        legend="Cara memperoleh informasi"
        required
        options={OBTAIN_METHODS.map((value) => ({ value, label: OBTAIN_METHOD_LABELS[value] }))}
        inputProps={bind.choice("obtainMethod")}
        error={bind.error("obtainMethod")}
      />
      <ChoiceGroup announceError={false}
        name="copyDelivery"
        legend="Cara mendapatkan salinan informasi"
        hint="Bila memilih melihat, mendengarkan atau mencatat, pilih cara yang paling sesuai bila nanti diperlukan salinan."
        required
        options={COPY_DELIVERIES.map((value) => ({ value, label: COPY_DELIVERY_LABELS[value] }))}
        inputProps={bind.choice("copyDelivery")}
        error={bind.error("copyDelivery")}
      />
    </fieldset>
  );
}
