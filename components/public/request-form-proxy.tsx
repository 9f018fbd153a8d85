import type { ChangeEvent } from "react";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { acceptAttribute, DOCUMENT_KINDS, kindsLabel, MAX_UPLOAD_LABEL } from "@/lib/files/limits";
import { POWER_OF_ATTORNEY_FIELD } from "@/lib/requests/form-data";
import type { RequestFormBindings } from "./request-form-bindings";
import styles from "./request-form.module.css";

/** The texts that differ between the citizen's own form and the officer's offline form. */
export type ProxyConsentWording = {
  legend: string;
  viaProxy: string;
  powerOfAttorneyLabel: string;
  consent: string;
  consentHint: string;
};

/** Worded for the citizen who files the request themself. */
export const CITIZEN_PROXY_WORDING: ProxyConsentWording = {
  legend: "3. Kuasa dan persetujuan",
  viaProxy: "Permohonan ini diajukan melalui kuasa (orang lain mengajukan atas nama pemohon).",
  powerOfAttorneyLabel: "Surat kuasa",
  consent:
    "Saya menyetujui pemrosesan data pribadi saya oleh PPID untuk keperluan pelayanan permohonan informasi ini, " +
    "sesuai UU 27/2022 tentang Pelindungan Data Pribadi.",
  consentHint: "Data Anda hanya digunakan untuk melayani dan mencatat permohonan dalam register permohonan, tidak dipublikasikan.",
};

/** Filing through a proxy (kuasa) with the power of attorney, and consent to data processing. */
export function RequestFormProxy({
  bind,
  onFileChange,
  wording = CITIZEN_PROXY_WORDING,
}: {
  bind: RequestFormBindings;
  onFileChange: (event: ChangeEvent<HTMLInputElement>) => void;
  wording?: ProxyConsentWording;
}) {
  const fileError = bind.error(POWER_OF_ATTORNEY_FIELD);
  return (
    <fieldset className="space-y-4">
      <legend className="mb-2 text-lg font-semibold">{wording.legend}</legend>
      <label className="flex items-start gap-3 text-sm">
        <input type="checkbox" {...bind.checkbox("viaProxy")} className="mt-1 h-4 w-4 accent-brand-700" />
        <span>{wording.viaProxy}</span>
      </label>
      <div className={`${styles.proxyOnly} space-y-4 rounded-md border border-slate-200 bg-slate-50 p-4`}>
        <Field announceError={false} id="proxyName" label="Nama penerima kuasa" error={bind.error("proxyName")} required>
          <input {...bind.text("proxyName")} autoComplete="off" className={inputClass} />
        </Field>
        <Field announceError={false}
          id={POWER_OF_ATTORNEY_FIELD}
          label={wording.powerOfAttorneyLabel}
          hint={`Berkas ${kindsLabel(DOCUMENT_KINDS)}, paling besar ${MAX_UPLOAD_LABEL}.`}
          error={fileError}
          required
        >
          <input
            type="file"
            name={POWER_OF_ATTORNEY_FIELD}
            accept={acceptAttribute(DOCUMENT_KINDS)}
            onChange={onFileChange}
            {...fieldAria(POWER_OF_ATTORNEY_FIELD, fileError, true)}
            className="block w-full text-sm file:mr-3 file:min-h-11 file:rounded-md file:border-0 file:bg-brand-700 file:px-4 file:text-white"
          />
        </Field>
      </div>
      <div className="space-y-1">
        <label className="flex items-start gap-3 text-sm">
          <input type="checkbox" {...bind.checkbox("consent", true)} className="mt-1 h-4 w-4 accent-brand-700" />
          <span>
            {wording.consent} <span className="text-red-700">*</span>
          </span>
        </label>
        <p id="consent-hint" className="text-xs text-slate-600">
          {wording.consentHint}
        </p>
        {bind.error("consent") && (
          <p id="consent-error" className="text-sm font-medium text-red-700">
            {bind.error("consent")}
          </p>
        )}
      </div>
    </fieldset>
  );
}
