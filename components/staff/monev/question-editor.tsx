"use client";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { OversightForm, useOversightAction } from "@/components/staff/oversight/oversight-form";
import { removeMonevQuestionAction, saveMonevQuestionAction } from "@/lib/monev/actions";

type Question = { id: string; text: string; maxScore: number };
type Indicator = { id: string; name: string; questions: Question[] };

function QuestionForm({ indicator, question }: { indicator: Indicator; question?: Question }) {
  const form = useOversightAction(saveMonevQuestionAction.bind(null, question?.id ?? null));
  const key = question?.id ?? `baru-${indicator.id}`;
  return (
    <OversightForm
      title={question ? `Ubah pertanyaan ${indicator.name}` : `Tambah pertanyaan ${indicator.name}`}
      hidden={{ indicatorId: indicator.id, ...(question ? { questionId: question.id } : {}) }}
      form={form}
      submitLabel={question ? "Simpan pertanyaan" : "Tambah pertanyaan"}
      variant="secondary"
    >
      <Field id={`text-${key}`} label="Pertanyaan" error={form.error("text")} required>
        <textarea name="text" rows={2} defaultValue={form.value("text", question?.text)} className={inputClass} {...fieldAria(`text-${key}`, form.error("text"))} />
      </Field>
      <Field id={`max-${key}`} label="Nilai maksimum" hint="Skala jawaban 0 sampai nilai ini (kuesioner KI umumnya 4)." error={form.error("maxScore")} required>
        <input name="maxScore" inputMode="numeric" defaultValue={form.value("maxScore", String(question?.maxScore ?? 4))} className={`${inputClass} max-w-24`} {...fieldAria(`max-${key}`, form.error("maxScore"), true)} />
      </Field>
    </OversightForm>
  );
}

/** The year's questionnaire as data: questions per indicator can be added, rewritten or removed until the year is completed. */
export function QuestionEditor({ year, indicators }: { year: number; indicators: Indicator[] }) {
  return (
    <details className="rounded-md border border-slate-200 p-4">
      <summary className="cursor-pointer font-semibold">Ubah pertanyaan kuesioner {year}</summary>
      <div className="mt-3 space-y-6">
        {indicators.map((indicator) => (
          <section key={indicator.id} className="space-y-3" aria-label={`Pertanyaan ${indicator.name}`}>
            <h3 className="font-semibold">{indicator.name}</h3>
            <ol className="list-decimal space-y-3 pl-5">
              {indicator.questions.map((q) => (
                <li key={q.id} className="space-y-2">
                  <QuestionForm indicator={indicator} question={q} />
                  <ConfirmActionButton action={removeMonevQuestionAction.bind(null, q.id)} label="Hapus pertanyaan" accessibleLabel={`Hapus pertanyaan: ${q.text}`} confirmText="Hapus pertanyaan ini? Jawaban draf untuk pertanyaan ini ikut dihapus." />
                </li>
              ))}
            </ol>
            <QuestionForm indicator={indicator} />
          </section>
        ))}
      </div>
    </details>
  );
}
