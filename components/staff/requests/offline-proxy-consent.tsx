import type { ChangeEvent } from "react";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { acceptAttribute, DOCUMENT_KINDS, kindsLabel, MAX_UPLOAD_LABEL } from "@/lib/files/limits";
import { POWER_OF_ATTORNEY_FIELD } from "@/lib/requests/form-data";
import type { RequestFormBindings } from "@/components/public/request-form-bindings";
import styles from "@/components/public/request-form.module.css";

/** Proxy and the requester's consent, worded for the officer who records it. */
export function OfflineProxyConsent({ bind, onFileChange }: { bind: RequestFormBindings; onFileChange: (e: ChangeEvent<HTMLInputElement>) => void }) {
  const fileError = bind.error(POWER_OF_ATTORNEY_FIELD);
  return (
    <fieldset className="space-y-4">
      <legend className="mb-2 text-lg font-semibold">Kuasa dan persetujuan pemohon</legend>
      <label className="flex items-start gap-3 text-sm">
        <input type="checkbox" {...bind.checkbox("viaProxy")} className="mt-1 h-4 w-4 accent-brand-700" />
        <span>Permohonan diajukan melalui kuasa.</span>
      </label>
      <div className={`${styles.proxyOnly} space-y-4 rounded-md border border-slate-200 bg-slate-50 p-4`}>
        <Field id="proxyName" label="Nama penerima kuasa" error={bind.error("proxyName")} required>
          <input {...bind.text("proxyName")} autoComplete="off" className={inputClass} />
        </Field>
        <Field id={POWER_OF_ATTORNEY_FIELD} label="Pindaian surat kuasa" hint={`Berkas ${kindsLabel(DOCUMENT_KINDS)}, paling besar ${MAX_UPLOAD_LABEL}.`} error={fileError} required>
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
            Saya, petugas, menyatakan bahwa pemohon telah diberi tahu dan menyetujui pemrosesan data pribadinya untuk
            pelayanan permohonan ini (UU 27/2022 tentang Pelindungan Data Pribadi). <span className="text-red-700">*</span>
          </span>
        </label>
        <p id="consent-hint" className="text-xs text-slate-600">
          Untuk permohonan lewat telepon, bacakan pernyataan ini kepada pemohon; untuk surat/surel, pastikan persetujuan tercantum.
        </p>
        {bind.error("consent") && (
          <p id="consent-error" role="alert" className="text-sm font-medium text-red-700">
            {bind.error("consent")}
          </p>
        )}
      </div>
    </fieldset>
  );
}
