"use client";
import type { ClockSettings } from "@/lib/deadlines";
import { saveClockSettingsAction } from "@/lib/settings/actions";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useAdminAction } from "@/components/staff/admin/use-admin-action";

const DAY_COUNTS: { name: keyof ClockSettings; label: string; hint: string }[] = [
  { name: "noticeWorkingDays", label: "Pemberitahuan tertulis", hint: "UU 14/2008 Pasal 22 ayat (7): paling lambat 10 hari kerja sejak permohonan diterima." },
  { name: "extensionWorkingDays", label: "Perpanjangan", hint: "Pasal 22 ayat (8): dapat diperpanjang paling lambat 7 hari kerja dengan alasan tertulis." },
  { name: "objectionFilingWorkingDays", label: "Pengajuan keberatan", hint: "Pasal 36 ayat (1): keberatan diajukan paling lambat 30 hari kerja setelah alasannya timbul." },
  { name: "objectionAnswerWorkingDays", label: "Tanggapan Atasan PPID", hint: "Pasal 36 ayat (2): Atasan PPID menanggapi paling lambat 30 hari kerja sejak keberatan dicatat." },
  { name: "disputeFilingWorkingDays", label: "Pengajuan sengketa ke Komisi Informasi", hint: "Pasal 37 ayat (2): paling lambat 14 hari kerja setelah tanggapan Atasan PPID diterima." },
];

const ZONES = [
  ["Asia/Jakarta", "WIB — Asia/Jakarta"],
  ["Asia/Makassar", "WITA — Asia/Makassar (NTT)"],
  ["Asia/Jayapura", "WIT — Asia/Jayapura"],
] as const;

export function ClockSettingsForm({ settings }: { settings: ClockSettings }) {
  const form = useAdminAction(saveClockSettingsAction);
  const { error, value } = form;
  const text = (name: keyof ClockSettings) => value(name, String(settings[name] ?? ""));
  return (
    <form action={form.formAction} noValidate className="space-y-5">
      <FormMessage ok={form.state.ok} message={form.state.message} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Cuti bersama</legend>
        <p id="cuti-hint" className="text-xs text-slate-600">
          Cuti bersama ASN ditetapkan bersama libur nasional. Bawaan: cuti bersama <strong>bukan</strong> hari kerja, sehingga tidak
          dihitung dalam tenggat. Pilih &quot;hari kerja&quot; bila kantor tetap melayani pada hari cuti bersama.
        </p>
        {[
          ["false", "Cuti bersama bukan hari kerja (bawaan)"],
          ["true", "Cuti bersama dihitung sebagai hari kerja"],
        ].map(([optionValue, label]) => (
          <label key={optionValue} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="cutiBersamaIsWorkingDay"
              value={optionValue}
              defaultChecked={text("cutiBersamaIsWorkingDay") === optionValue}
              aria-describedby="cuti-hint"
            />
            {label}
          </label>
        ))}
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Permohonan yang diterima pada hari libur</legend>
        <p id="receipt-hint" className="text-xs text-slate-600">
          Hari ke-1 selalu hari kerja pertama setelah hari penerimaan. Aturan ini menentukan hari penerimaan bila permohonan masuk
          (misalnya lewat portal) pada Sabtu, Minggu atau hari libur.
        </p>
        {[
          ["NEXT_WORKING_DAY", "Dianggap diterima pada hari kerja berikutnya (bawaan)"],
          ["AS_IS", "Dianggap diterima pada hari libur itu sendiri"],
        ].map(([optionValue, label]) => (
          <label key={optionValue} className="flex items-center gap-2 text-sm">
            <input type="radio" name="nonWorkingDayReceipt" value={optionValue} defaultChecked={text("nonWorkingDayReceipt") === optionValue} aria-describedby="receipt-hint" />
            {label}
          </label>
        ))}
        {error("nonWorkingDayReceipt") && <p role="alert" className="text-sm font-medium text-red-700">{error("nonWorkingDayReceipt")?.[0]}</p>}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="officeHoursCutoff"
          label="Batas jam layanan"
          hint="Format JJ:MM waktu kantor. Permohonan yang diterima pada atau setelah jam ini dianggap diterima keesokan harinya. Kosongkan bila tidak ada batas jam."
          error={error("officeHoursCutoff")}
        >
          <input name="officeHoursCutoff" inputMode="numeric" placeholder="16:00" defaultValue={text("officeHoursCutoff")} {...fieldAria("officeHoursCutoff", error("officeHoursCutoff"), true)} className={inputClass} />
        </Field>
        <Field id="timeZone" label="Zona waktu kantor" hint="Semua tanggal dihitung menurut zona waktu ini; basis data menyimpan UTC." error={error("timeZone")} required>
          <select key={text("timeZone")} name="timeZone" defaultValue={text("timeZone")} {...fieldAria("timeZone", error("timeZone"), true)} className={inputClass}>
            {!ZONES.some(([zone]) => zone === text("timeZone")) && <option value={text("timeZone")}>{text("timeZone")}</option>}
            {ZONES.map(([zone, label]) => (
              <option key={zone} value={zone}>
                {label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">Jumlah hari kerja</legend>
        <p className="text-xs text-slate-600">Angka-angka ini ditetapkan undang-undang; ubah hanya bila peraturannya berubah.</p>
        <div className="grid gap-4 sm:grid-cols-2">
          {DAY_COUNTS.map(({ name, label, hint }) => (
            <Field key={name} id={name} label={`${label} (hari kerja)`} hint={hint} error={error(name)} required>
              <input type="number" name={name} min={1} max={90} defaultValue={text(name)} {...fieldAria(name, error(name), true)} className={inputClass} />
            </Field>
          ))}
        </div>
      </fieldset>
      <Button type="submit" disabled={form.pending}>
        {form.pending ? "Menyimpan dan menghitung ulang tenggat…" : "Simpan pengaturan tenggat"}
      </Button>
    </form>
  );
}
