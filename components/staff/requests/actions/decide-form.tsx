"use client";
import { useState } from "react";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { EXEMPTION_ARTICLES, INFORMATION_FORM_LABELS, OUTCOME_LABELS } from "@/lib/requests/labels";
import { OUTCOMES } from "@/lib/requests/process-schemas";
import { decideRequestAction } from "@/lib/requests/staff-actions";
import { ActionFormShell, useRequestAction } from "./action-form";

/** The decision stated in the written notice; the fields each legal outcome needs appear with it. */
export function DecideForm({ requestId, today }: { requestId: string; today: string }) {
  const form = useRequestAction(decideRequestAction);
  const [outcome, setOutcome] = useState(form.value("outcome"));
  const granted = outcome === "DIKABULKAN_SELURUHNYA" || outcome === "DIKABULKAN_SEBAGIAN";
  const text = (id: string, label: string, required: boolean, hint?: string) => (
    <Field id={id} label={label} hint={hint} error={form.error(id)} required={required}>
      <textarea name={id} rows={2} defaultValue={form.value(id)} className={inputClass} {...fieldAria(id, form.error(id), Boolean(hint))} />
    </Field>
  );
  return (
    <ActionFormShell title="Putuskan permohonan" requestId={requestId} form={form} submitLabel="Simpan keputusan">
      <Field id="outcome" label="Keputusan" error={form.error("outcome")} required>
        <select name="outcome" defaultValue={outcome} onChange={(e) => setOutcome(e.target.value)} className={inputClass} {...fieldAria("outcome", form.error("outcome"))}>
          <option value="">— Pilih keputusan —</option>
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {OUTCOME_LABELS[o]}
            </option>
          ))}
        </select>
      </Field>
      {(granted || outcome === "DITOLAK_DIKECUALIKAN") && (
        <Field id="informationForm" label="Bentuk informasi yang dikuasai" error={form.error("informationForm")} required={granted}>
          <select name="informationForm" defaultValue={form.value("informationForm")} className={inputClass} {...fieldAria("informationForm", form.error("informationForm"))}>
            <option value="">— Pilih bentuk —</option>
            {Object.entries(INFORMATION_FORM_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </Field>
      )}
      {outcome === "DITOLAK_DIKECUALIKAN" && (
        <>
          <Field id="exemptionArticle" label="Dasar pengecualian: Pasal 17 UU 14/2008 huruf" error={form.error("exemptionArticle")} required>
            <select name="exemptionArticle" defaultValue={form.value("exemptionArticle")} className={inputClass} {...fieldAria("exemptionArticle", form.error("exemptionArticle"))}>
              <option value="">— Pilih huruf —</option>
              {EXEMPTION_ARTICLES.map((letter) => (
                <option key={letter} value={letter}>
                  Huruf {letter}
                </option>
              ))}
            </select>
          </Field>
          {text("consequenceTestRef", "Rujukan uji konsekuensi", true, "Nomor/tanggal penetapan uji konsekuensi oleh PPID.")}
        </>
      )}
      {outcome === "DIKABULKAN_SEBAGIAN" && text("redactionNote", "Bagian yang dihitamkan dan alasannya", true)}
      {outcome === "TIDAK_DIKUASAI" && text("holderName", "Badan publik yang menguasai informasi (bila diketahui)", false)}
      <Field id="noticeDate" label="Tanggal surat pemberitahuan tertulis" hint="Tidak boleh di masa depan." error={form.error("noticeDate")} required>
        <input type="date" name="noticeDate" max={today} defaultValue={form.value("noticeDate", today)} className={inputClass} {...fieldAria("noticeDate", form.error("noticeDate"), true)} />
      </Field>
      {text("decisionNote", "Catatan keputusan (opsional)", false)}
    </ActionFormShell>
  );
}
