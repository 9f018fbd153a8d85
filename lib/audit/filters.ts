import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { isCalendarDate, type CalendarDate } from "@/lib/deadlines";

// Search parameters of the audit-log page, parsed defensively (pure; invalid values are ignored).

/** Actor filter value for entries written by the system or a command (no logged-in user). */
export const SYSTEM_ACTOR = "sistem";
export const AUDIT_PAGE_SIZE = 25;

export type AuditFilters = {
  entityType: string | null;
  /** A user id, SYSTEM_ACTOR, or null for everyone. */
  actor: string | null;
  from: CalendarDate | null;
  to: CalendarDate | null;
  page: number;
};

type Params = SearchParams;
const first = (value: string | string[] | undefined) => firstParam(value)?.trim() || null;

export function parseAuditFilters(params: Params): AuditFilters {
  const entityType = first(params.entitas);
  const actor = first(params.pelaku);
  const from = first(params.dari);
  const to = first(params.sampai);
  const page = Number(first(params.halaman));
  return {
    entityType: entityType && /^[A-Za-z][A-Za-z0-9_]{0,39}$/.test(entityType) ? entityType : null,
    actor: actor && /^[A-Za-z0-9_-]{1,40}$/.test(actor) ? actor : null,
    from: isCalendarDate(from) ? from : null,
    to: isCalendarDate(to) ? to : null,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The filters as search parameters (for pagination links), dropping empty ones. */
export function auditFilterQuery(filters: AuditFilters, page: number): string {
  const query = new URLSearchParams();
  if (filters.entityType) query.set("entitas", filters.entityType);
  if (filters.actor) query.set("pelaku", filters.actor);
  if (filters.from) query.set("dari", filters.from);
  if (filters.to) query.set("sampai", filters.to);
  if (page > 1) query.set("halaman", String(page));
  const text = query.toString();
  return text ? `?${text}` : "";
}
