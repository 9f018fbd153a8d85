import { Button } from "@/components/ui/button";
import { Field, fieldAria, inputClass } from "@/components/ui/field";

/** Plain GET form: works without JavaScript and the result page can be bookmarked by its owner. */
export function TrackingForm({ nomor, kode }: { nomor: string; kode: string }) {
  return (
    <form method="get" action="/lacak" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <Field id="nomor" label="Nomor registrasi" hint="Contoh: 0007/PMH/PPID-DPP/2026" required>
        <input name="nomor" defaultValue={nomor} {...fieldAria("nomor", undefined, true)} autoComplete="off" required className={inputClass} />
      </Field>
      <Field id="kode" label="Kode pelacakan" hint="10 huruf/angka pada bukti permohonan, misalnya ABCDE-23456." required>
        <input
          name="kode"
          defaultValue={kode}
          {...fieldAria("kode", undefined, true)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          required
          className={`${inputClass} font-mono uppercase`}
        />
      </Field>
      <Button type="submit" className="w-full sm:w-auto">
        Lacak
      </Button>
    </form>
  );
}
