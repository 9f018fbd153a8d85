"use client";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { scoreAuditItemAction } from "@/lib/internal-audit/actions";
import { OversightForm, useOversightAction } from "./oversight-form";

type Props = {
  auditId: string;
  itemId: string;
  code: string;
  levels: string[];
  current: { score: number | null; prefillScore: number | null; note: string | null; evidenceLink: string | null; evidenceFileId: string | null; overrideReason: string | null };
};

export function ScoreItemForm({ auditId, itemId, code, levels, current }: Props) {
  const form = useOversightAction(scoreAuditItemAction);
  const id = (name: string) => `${name}-${itemId}`;
  const scoreValue = form.value("score", current.score === null ? "" : String(current.score));
  return (
    <OversightForm title={`Nilai butir ${code}`} hidden={{ auditId, itemId }} form={form} submitLabel={`Simpan nilai ${code}`}>
      <Field id={id("score")} label={`Nilai ${code}`} error={form.error("score")} required>
        <select name="score" defaultValue={scoreValue} className={inputClass} {...fieldAria(id("score"), form.error("score"))}>
          <option value="">— pilih —</option>
          {levels.map((text, level) => (
            <option key={level} value={level}>
              {level} — {text}
            </option>
          ))}
        </select>
      </Field>
      {current.prefillScore !== null && (
        <Field id={id("overrideReason")} label={`Alasan mengubah nilai otomatis ${code}`} hint={`Wajib bila nilai berbeda dari nilai otomatis (${current.prefillScore}).`} error={form.error("overrideReason")}>
          <textarea name="overrideReason" rows={2} defaultValue={form.value("overrideReason", current.overrideReason ?? "")} className={inputClass} {...fieldAria(id("overrideReason"), form.error("overrideReason"), true)} />
        </Field>
      )}
      <Field id={id("note")} label={`Catatan ${code}`} error={form.error("note")}>
        <textarea name="note" rows={2} defaultValue={form.value("note", current.note ?? "")} className={inputClass} {...fieldAria(id("note"), form.error("note"))} />
      </Field>
      <Field id={id("evidenceLink")} label={`Tautan bukti ${code}`} hint="Tautan ke dokumen bukti (https://…)." error={form.error("evidenceLink")}>
        <input name="evidenceLink" type="url" defaultValue={form.value("evidenceLink", current.evidenceLink ?? "")} className={inputClass} {...fieldAria(id("evidenceLink"), form.error("evidenceLink"), true)} />
      </Field>
      <Field id={id("evidenceFile")} label={`Berkas bukti ${code}`} hint={current.evidenceFileId ? "Sudah ada berkas; unggah lagi untuk menggantinya. PDF, JPEG atau PNG." : "PDF, JPEG atau PNG."} error={form.error("evidenceFile")}>
        <input name="evidenceFile" type="file" accept="application/pdf,image/jpeg,image/png" className={inputClass} {...fieldAria(id("evidenceFile"), form.error("evidenceFile"), true)} />
      </Field>
    </OversightForm>
  );
}
