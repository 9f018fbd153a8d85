import { Badge } from "@/components/ui/badge";
import { calendarDateFromUtcDate } from "@/lib/deadlines";
import { formatDate } from "@/lib/format/dates";
import type { RequestStatus } from "@/lib/generated/prisma/enums";
import type { InboxDates } from "@/lib/requests/inbox-query";
import { OPEN_STATUSES } from "@/lib/requests/inbox-filters";

/** The due date in force, marked overdue / due soon / paused for requests still awaiting a decision. */
export function DueBadge({ dueDate, status, dates }: { dueDate: Date | null; status: RequestStatus; dates: InboxDates }) {
  const open = OPEN_STATUSES.includes(status);
  if (!dueDate) return open ? <Badge tone="warning">Tenggat berhenti (klarifikasi)</Badge> : <span>—</span>;
  const due = calendarDateFromUtcDate(dueDate);
  const text = formatDate(due);
  if (!open) return <span>{text}</span>;
  if (due < dates.today) return <Badge tone="danger">Terlambat · {text}</Badge>;
  if (due <= dates.soonLimit) return <Badge tone="warning">Segera · {text}</Badge>;
  return <span>{text}</span>;
}
