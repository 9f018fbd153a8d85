/**
 * Inbox filters as they live in the URL (so a view can be bookmarked and shared), e.g.
 * /staf/permohonan?status=DIPROSES&tenggat=segera&saya=1&q=Nggadas&hal=2. Pure: parse and build.
 */
import type { RequestStatus } from "@/lib/generated/prisma/enums";
import { cleanInput } from "@/lib/text/clean-input";
import { firstParam, type SearchParams } from "@/lib/http/search-params";

export const INBOX_PAGE_SIZE = 25;
export const DUE_SOON_WORKING_DAYS = 3;

/** Statuses in which the legal clock is still running (no written notice yet). */
export const OPEN_STATUSES: readonly RequestStatus[] = ["DITERIMA", "DIPROSES", "MENUNGGU_KLARIFIKASI"];
const ALL_STATUSES: readonly RequestStatus[] = [...OPEN_STATUSES, "DIPUTUSKAN", "SELESAI"];
export const ALL_STATUS_COUNT = ALL_STATUSES.length;

/** "aktif" (default): awaiting a decision; "semua": everything; or one status. */
export type StatusFilter = "aktif" | "semua" | RequestStatus;
export type DueFilter = "segera" | "terlambat" | null;

export type InboxFilter = {
  status: StatusFilter;
  /** segera: due within DUE_SOON_WORKING_DAYS working days (not yet overdue); terlambat: overdue. */
  due: DueFilter;
  mine: boolean;
  /** Registration number (when it contains a digit) or applicant name. */
  q: string;
  page: number;
};

export const DEFAULT_INBOX_FILTER: InboxFilter = { status: "aktif", due: null, mine: false, q: "", page: 1 };


const first = (value: string | string[] | undefined) => firstParam(value) ?? "";

/** Lenient: an unknown or malformed value falls back to the default instead of failing the page. */
export function parseInboxFilter(params: SearchParams): InboxFilter {
  const status = first(params.status);
  const due = first(params.tenggat);
  const page = Number.parseInt(first(params.hal), 10);
  return {
    status: status === "semua" || (ALL_STATUSES as readonly string[]).includes(status) ? (status as StatusFilter) : "aktif",
    due: due === "segera" || due === "terlambat" ? due : null,
    mine: first(params.saya) === "1",
    q: cleanInput(first(params.q)).trim().slice(0, 100),
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
  };
}

/** The URL of a filtered view; default values are left out so links stay short. */
export function inboxHref(filter: Partial<InboxFilter>, base = "/staf/permohonan"): string {
  const f = { ...DEFAULT_INBOX_FILTER, ...filter };
  const params = new URLSearchParams();
  if (f.status !== "aktif") params.set("status", f.status);
  if (f.due) params.set("tenggat", f.due);
  if (f.mine) params.set("saya", "1");
  if (f.q) params.set("q", f.q);
  if (f.page > 1) params.set("hal", String(f.page));
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}

/** Statuses a filter selects; the due filters only ever concern open requests. */
export function statusesOf(filter: Pick<InboxFilter, "status" | "due">): readonly RequestStatus[] {
  const selected = filter.status === "semua" ? ALL_STATUSES : filter.status === "aktif" ? OPEN_STATUSES : [filter.status];
  return filter.due ? selected.filter((s) => OPEN_STATUSES.includes(s)) : selected;
}

/** A registration number always has digits; a name (almost) never. */
export function isNumberSearch(q: string): boolean {
  return /\d/.test(q);
}

/** A whole registration number as printed, e.g. 0007/PMH/PPID-DPP/2026 (lib/requests/numbering.ts). */
export function isFullRegistrationNumber(q: string): boolean {
  return /^\d{4,}\/[A-Za-z]+\/[A-Za-z0-9.-]+\/\d{4}$/.test(q);
}
