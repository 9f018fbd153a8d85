"use client";
import { Button } from "@/components/ui/button";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { saveMonevAction } from "@/lib/monev/actions";
import { useRequestAction } from "@/components/staff/requests/actions/action-form";

type Indicator = { id: string; name: string; weight: number; questions: { id: string; text: string; maxScore: number }[] };
type Answer = { questionId: string; score: number; note: string | null; evidenceLink: string | null; evidenceFileId: string | null };

const LEVELS = ["0 — tidak ada", "1 — sebagian kecil", "2 — sebagian", "3 — sebagian besar", "4 — lengkap dan mutakhir"];

/** Answer choices 0..maxScore: worded on the usual 0–4 scale, plain numbers with the ends named on any other. */
function levelLabels(maxScore: number): string[] {
  if (maxScore === 4) return LEVELS;
  return Array.from({ length: maxScore + 1 }, (_, n) => (n === 0 ? "0 — tidak ada" : n === maxScore ? `${n} — lengkap dan mutakhir` : String(n)));
}

/** The questionnaire: one answer, note and evidence link (data dukung) per question. */
export function MonevForm({ year, indicators, answers }: { year: number; indicators: Indicator[]; answers: Answer[] }) {
  const form = useRequestAction(saveMonevAction);
  const saved = new Map(answers.map((a) => [a.questionId, a]));
  let number = 0;
  return (
    <form key={form.resultKey} action={form.formAction} noValidate className="space-y-4" aria-label={`Kuesioner penilaian mandiri ${year}`}>
      <FormMessage ok={form.state.ok} message={form.state.message} />
      <input type="hidden" name="year" value={year} />
      {indicators.map((indicator) => (
        <fieldset key={indicator.id} className="space-y-3 rounded-md border border-slate-200 p-4">
          <legend className="px-1 font-semibold">{indicator.name} (bobot {indicator.weight}%)</legend>
          {indicator.questions.map((q) => {
            number += 1;
            const a = saved.get(q.id);
            const id = (p: string) => `${p}-${q.id}`;
            return (
              <div key={q.id} className="space-y-2 border-b border-slate-100 pb-3 last:border-0">
                <Field id={id("score")} label={`${number}. ${q.text}`} error={form.error(id("score"))} required>
                  <select name={id("score")} defaultValue={form.value(id("score"), a ? String(a.score) : "")} className={inputClass} {...fieldAria(id("score"), form.error(id("score")))}>
                    <option value="">— pilih —</option>
                    {levelLabels(q.maxScore).map((label, level) => (
                      <option key={level} value={level}>{label}</option>
                    ))}
                  </select>
                </Field>
                <div className="grid gap-2 sm:grid-cols-2">
                  <Field id={id("link")} label={`Tautan data dukung ${number}`} error={form.error(id("link"))}>
                    <input name={id("link")} type="url" defaultValue={form.value(id("link"), a?.evidenceLink ?? "")} className={inputClass} {...fieldAria(id("link"), form.error(id("link")))} />
                  </Field>
                  <Field id={id("note")} label={`Catatan ${number}`}>
                    <input name={id("note")} defaultValue={form.value(id("note"), a?.note ?? "")} className={inputClass} />
                  </Field>
                  <Field id={id("file")} label={`Dokumen data dukung ${number}`} hint={a?.evidenceFileId ? "Sudah ada dokumen; unggah lagi untuk menggantinya." : "PDF, JPEG atau PNG."} error={form.error(id("file"))}>
                    <input name={id("file")} type="file" accept="application/pdf,image/jpeg,image/png" className={inputClass} {...fieldAria(id("file"), form.error(id("file")), true)} />
                  </Field>
                  {a?.evidenceFileId && <a href={`/staf/bukti/${a.evidenceFileId}`} className="self-end text-sm">Unduh dokumen data dukung {number}</a>}
                </div>
              </div>
            );
          })}
        </fieldset>
      ))}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="intent" value="draf" variant="secondary" disabled={form.pending}>Simpan draf</Button>
        <Button type="submit" name="intent" value="selesai" disabled={form.pending}>Selesaikan penilaian mandiri</Button>
      </div>
    </form>
  );
}
