import { Badge } from "@/components/ui/badge";
import { FRESHNESS_LABELS, type Freshness } from "@/lib/catalogue/freshness";
import { formatDate } from "@/lib/format/dates";

const TONE = { FRESH: "success", DUE_SOON: "warning", OVERDUE: "danger", BROKEN: "danger" } as const;

export function FreshnessBadge({ freshness, withDate = false }: { freshness: Freshness; withDate?: boolean }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1" data-freshness={freshness.state}>
      <Badge tone={TONE[freshness.state]}>{FRESHNESS_LABELS[freshness.state]}</Badge>
      {withDate && freshness.dueDate && <span className="text-xs text-slate-700">tinjau {formatDate(freshness.dueDate)}</span>}
    </span>
  );
}
