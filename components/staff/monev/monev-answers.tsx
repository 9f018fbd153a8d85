import { Card } from "@/components/ui/card";
import type { MonevView } from "@/lib/monev/queries";

/** A completed year's answers, read-only, each with its data dukung. */
export function MonevAnswers({ data }: { data: MonevView["data"] }) {
  const answers = new Map((data.assessment?.answers ?? []).map((a) => [a.questionId, a]));
  return (
    <Card title="Jawaban dan data dukung">
      {data.indicators.map((indicator) => (
        <section key={indicator.id} className="mb-3">
          <h3 className="font-semibold">{indicator.name}</h3>
          <ul className="space-y-1 text-sm">
            {indicator.questions.map((q) => {
              const a = answers.get(q.id);
              return (
                <li key={q.id}>
                  {q.text} — <strong>{a ? `${a.score} / ${q.maxScore}` : "tidak dijawab"}</strong>
                  {a?.note && <> · {a.note}</>}
                  {a?.evidenceLink && <> · <a href={a.evidenceLink} rel="noreferrer noopener" target="_blank">tautan data dukung</a></>}
                  {a?.evidenceFileId && <> · <a href={`/staf/bukti/${a.evidenceFileId}`}>dokumen data dukung</a></>}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </Card>
  );
}
