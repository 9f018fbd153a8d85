import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatScore, kiCategory, KI_CATEGORY_LABELS, type KiCategory } from "@/lib/monev/category";

const TONES: Record<KiCategory, BadgeTone> = {
  INFORMATIF: "success",
  MENUJU_INFORMATIF: "info",
  CUKUP_INFORMATIF: "neutral",
  KURANG_INFORMATIF: "warning",
  TIDAK_INFORMATIF: "danger",
};

/** A 0–100 score with its KI qualification category (or a dash while there is no score). */
export function ScoreBadge({ score }: { score: number | null | undefined }) {
  if (score === null || score === undefined) return <span className="text-slate-600">—</span>;
  const category = kiCategory(score);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span className="font-semibold tabular-nums">{formatScore(score)}</span>
      <Badge tone={TONES[category]}>{KI_CATEGORY_LABELS[category]}</Badge>
    </span>
  );
}
