import { ChoiceGroup } from "@/components/ui/choice-group";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { LEVEL_NAMES } from "@/lib/evaluation/rubric-score";

export type ScoringCriterion = { id: string; code: string; name: string; description: string; weight: number; levels: string[] };

type Props = {
  criterion: ScoringCriterion;
  score: string;
  note: string;
  scoreError?: string[];
  noteError?: string[];
};

/** One criterion of the scoring form: a radio per level (with its description) and an optional note. */
export function CriterionScoreField({ criterion: c, score, note, scoreError, noteError }: Props) {
  const scoreName = `score-${c.id}`;
  const noteName = `note-${c.id}`;
  return (
    <div className="space-y-3 border-b border-slate-100 pb-4 last:border-0" data-testid={`criterion-${c.code}`}>
      <ChoiceGroup
        name={scoreName}
        legend={`${c.name} (bobot ${c.weight})`}
        hint={c.description}
        error={scoreError}
        required
        options={c.levels.map((text, i) => ({ value: String(i + 1), label: <><strong>{i + 1} — {LEVEL_NAMES[i + 1]}.</strong> {text}</> }))}
        inputProps={(value) => ({ name: scoreName, defaultChecked: score === value })}
      />
      <Field id={noteName} label={`Catatan: ${c.name}`} error={noteError}>
        <textarea name={noteName} rows={2} defaultValue={note} className={inputClass} {...fieldAria(noteName, noteError)} />
      </Field>
    </div>
  );
}
