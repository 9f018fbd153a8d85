import { ChoiceGroup } from "@/components/ui/choice-group";
import { Field, inputClass } from "@/components/ui/field";
import { APPLICANT_TYPE_LABELS } from "@/lib/requests/labels";
import { APPLICANT_TYPES } from "@/lib/requests/schema";
import type { RequestFormBindings } from "./request-form-bindings";
import styles from "./request-form.module.css";

/** Who asks: applicant type, identity (NIK or Kemenkumham decree), address, contact, occupation. */
export function RequestFormApplicant({ bind }: { bind: RequestFormBindings }) {
  return (
    <fieldset className="space-y-4">
      <legend className="mb-2 text-lg font-semibold">1. Identitas pemohon</legend>
      <ChoiceGroup announceError={false}
        name="applicantType"
        legend="Jenis pemohon"
        required
        options={APPLICANT_TYPES.map((value) => ({ value, label: APPLICANT_TYPE_LABELS[value] }))}
        inputProps={bind.choice("applicantType")}
        error={bind.error("applicantType")}
      />
      <Field announceError={false} id="applicantName" label="Nama lengkap (atau nama badan hukum / kelompok)" error={bind.error("applicantName")} required>
        <input {...bind.text("applicantName")} autoComplete="name" className={inputClass} />
      </Field>
      <div className={styles.personOnly}>
        <Field announceError={false}
          id="nik"
          label="NIK (Nomor Induk Kependudukan)"
          hint="16 digit sesuai KTP. Untuk kelompok orang, isi NIK perwakilan kelompok."
          error={bind.error("nik")}
          required
        >
          <input {...bind.text("nik", true)} inputMode="numeric" autoComplete="off" maxLength={24} className={inputClass} />
        </Field>
      </div>
      <div className={styles.legalEntityOnly}>
        <Field announceError={false}
          id="legalEntityDecree"
          label="Nomor SK pengesahan badan hukum (Kemenkumham)"
          hint="Contoh: AHU-0012345.AH.01.01.Tahun 2020."
          error={bind.error("legalEntityDecree")}
          required
        >
          <input {...bind.text("legalEntityDecree", true)} autoComplete="off" className={inputClass} />
        </Field>
      </div>
      <Field announceError={false} id="address" label="Alamat lengkap" error={bind.error("address")} required>
        <textarea {...bind.text("address")} rows={3} autoComplete="street-address" className={inputClass} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field announceError={false} id="phone" label="Nomor telepon / WhatsApp" hint="Isi telepon atau surel, minimal salah satu." error={bind.error("phone")}>
          <input {...bind.text("phone", true)} type="tel" inputMode="tel" autoComplete="tel" className={inputClass} />
        </Field>
        <Field announceError={false} id="email" label="Alamat surel (e-mail)" error={bind.error("email")}>
          <input {...bind.text("email")} type="email" autoComplete="email" className={inputClass} />
        </Field>
      </div>
      <Field announceError={false} id="occupation" label="Pekerjaan" error={bind.error("occupation")} required>
        <input {...bind.text("occupation")} autoComplete="organization-title" className={inputClass} />
      </Field>
    </fieldset>
  );
}
