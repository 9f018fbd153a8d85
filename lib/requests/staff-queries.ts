import "server-only";
import { db } from "@/lib/db";
import { requirePermission } from "@/lib/auth/guard";
import { addDays, hasCompleteYear, missingHolidayYearWarning, yearOf } from "@/lib/deadlines";
import { loadClock } from "@/lib/deadlines/calendar-store";
import { findInboxPage, inboxDates, inboxWhere, type InboxDates } from "@/lib/requests/inbox-query";
import { DEFAULT_INBOX_FILTER, OPEN_STATUSES, type InboxFilter } from "@/lib/requests/inbox-filters";

/** The inbox page for the signed-in officer (filters from the URL). */
export async function getInboxView(filter: InboxFilter, now = new Date()) {
  const user = await requirePermission("readRequests");
  const dates = inboxDates(await loadClock(), now);
  return { dates, user, ...(await findInboxPage(db, filter, user.id, dates)) };
}

/** Days ahead checked for holiday data: the longest request deadline (17 working days) fits in it. */
const HOLIDAY_LOOKAHEAD_DAYS = 45;

export type DashboardData = {
  dates: InboxDates;
  counts: { baru: number; diproses: number; klarifikasi: number; segera: number; terlambat: number };
  mine: Awaited<ReturnType<typeof findInboxPage>>;
  holidayWarnings: string[];
  requestsWithHolidayWarning: number;
};

export async function getDashboard(now = new Date()): Promise<DashboardData> {
  const user = await requirePermission("readRequests");
  const clock = await loadClock();
  const dates = inboxDates(clock, now);
  const countFor = (filter: Partial<InboxFilter>) =>
    db.informationRequest.count({ where: inboxWhere({ ...DEFAULT_INBOX_FILTER, ...filter }, user.id, dates) });

  const [byStatus, segera, terlambat, mine, requestsWithHolidayWarning] = await Promise.all([
    db.informationRequest.groupBy({ by: ["status"], where: { status: { in: [...OPEN_STATUSES] } }, _count: { _all: true } }),
    countFor({ due: "segera" }),
    countFor({ due: "terlambat" }),
    findInboxPage(db, { ...DEFAULT_INBOX_FILTER, mine: true }, user.id, dates),
    db.informationRequest.count({ where: { status: { in: [...OPEN_STATUSES] }, holidayDataWarning: { not: null } } }),
  ]);
  const count = (status: string) => byStatus.find((row) => row.status === status)?._count._all ?? 0;

  // Years the running deadlines can reach that have no holiday data yet.
  const years = new Set([yearOf(dates.today), yearOf(addDays(dates.today, HOLIDAY_LOOKAHEAD_DAYS))]);
  const holidayWarnings = [...years].filter((y) => !hasCompleteYear(y, clock.calendar)).map(missingHolidayYearWarning);

  return {
    dates,
    counts: { baru: count("DITERIMA"), diproses: count("DIPROSES"), klarifikasi: count("MENUNGGU_KLARIFIKASI"), segera, terlambat },
    mine,
    holidayWarnings,
    requestsWithHolidayWarning,
  };
}
