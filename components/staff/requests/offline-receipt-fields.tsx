import { ChoiceGroup } from "@/components/ui/choice-group";
import { Field, inputClass } from "@/components/ui/field";
import { CHANNEL_LABELS } from "@/lib/requests/labels";
import { OFFLINE_CHANNELS } from "@/lib/requests/offline-schema";
import type { RequestFormBindings } from "@/components/public/request-form-bindings";

/** How and when the request reached the office: the clock runs from this moment, not from typing. */
export function OfflineReceiptFields({ bind, nowLocal }: { bind: RequestFormBindings; nowLocal: string }) {
  // The bindings are typed for the public form; these two names exist only in the staff schema.
  const name = (n: string) => n as Parameters<RequestFormBindings["text"]>[0];
  return (
    <fieldset className="space-y-4">
      <legend className="mb-2 text-lg font-semibold">Penerimaan permohonan</legend>
      <ChoiceGroup announceError={false}
        name="channel"
        legend="Diterima melalui"
        required
        options={OFFLINE_CHANNELS.map((value) => ({ value, label: CHANNEL_LABELS[value] }))}
        inputProps={bind.choice(name("channel"))}
        error={bind.error(name("channel"))}
      />
      <Field announceError={false}
        id="receivedAt"
        label="Tanggal dan jam permohonan diterima (WITA)"
        hint="Waktu sebenarnya surat/surel/telepon/kedatangan diterima, bukan waktu pencatatan. Tidak boleh di masa depan."
        error={bind.error(name("receivedAt"))}
        required
      >
        <input type="datetime-local" max={nowLocal} {...bind.text(name("receivedAt"), true)} className={`${inputClass} sm:w-64`} />
      </Field>
    </fieldset>
  );
}
