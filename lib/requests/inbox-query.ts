/**
 * The inbox query, shared by the staff pages (through lib/requests/staff-queries.ts) and
 * scripts/bench-inbox.ts. It takes the Prisma client as an argument and imports no server-only
 * module, so the benchmark runs exactly the query the page runs.
 *
 * Index use (prisma/schema.prisma): status filters + due-date order → (status, dueDate);
 * "assigned to me" → (assignedToId, status, dueDate); due filters → (dueDate); name search →
 * pg_trgm GIN on applicantName. Offset paging with a count: at 25 rows per page the deepest page of
 * 100,000 rows still only walks the due-date index (see the benchmark).
 */
import type { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import {
  addWorkingDays,
  calendarDateToUtcDate,
  todayInZone,
  type CalendarDate,
  type ClockSettings,
  type HolidayCalendar,
} from "@/lib/deadlines";
import { escapeLikePattern } from "@/lib/text/like-pattern";
import {
  ALL_STATUS_COUNT,
  DUE_SOON_WORKING_DAYS,
  INBOX_PAGE_SIZE,
  isFullRegistrationNumber,
  isNumberSearch,
  statusesOf,
  type InboxFilter,
} from "@/lib/requests/inbox-filters";

type Client = Pick<PrismaClient, "informationRequest">;

export type InboxDates = {
  today: CalendarDate;
  /** The last day that still counts as "due soon": DUE_SOON_WORKING_DAYS working days after today. */
  soonLimit: CalendarDate;
};

/** Today in the office zone and the due-soon limit, from the loaded clock. */
export function inboxDates(clock: { calendar: HolidayCalendar; settings: ClockSettings }, now: Date): InboxDates {
  const today = todayInZone(now, clock.settings.timeZone);
  const limit = addWorkingDays(today, DUE_SOON_WORKING_DAYS, clock.calendar, clock.settings).date;
  // addWorkingDays returns null only inside an open pause, which a plain count never has.
  return { today, soonLimit: limit ?? today };
}

export function inboxWhere(filter: InboxFilter, userId: string, dates: InboxDates): Prisma.InformationRequestWhereInput {
  const statuses = statusesOf(filter);
  // "All statuses" adds no condition, so counting can use any index instead of checking five values.
  const where: Prisma.InformationRequestWhereInput = statuses.length === ALL_STATUS_COUNT ? {} : { status: { in: [...statuses] } };
  const today = calendarDateToUtcDate(dates.today);
  if (filter.due === "terlambat") where.dueDate = { lt: today };
  // Due soon excludes the overdue ones (their own filter), so dashboard counts do not overlap.
  if (filter.due === "segera") where.dueDate = { gte: today, lte: calendarDateToUtcDate(dates.soonLimit) };
  if (filter.mine) where.assignedToId = userId;
  if (filter.q) {
    // Prisma passes LIKE wildcards through: "%" or "_" typed by an officer must match literally.
    const contains = { contains: escapeLikePattern(filter.q), mode: "insensitive" as const };
    // A complete number (as printed on the receipt) is looked up exactly, through its unique index.
    if (isFullRegistrationNumber(filter.q)) where.registrationNumber = filter.q.toUpperCase();
    else if (isNumberSearch(filter.q)) where.registrationNumber = contains;
    else where.applicantName = contains;
  }
  return where;
}

export const INBOX_ORDER: Prisma.InformationRequestOrderByWithRelationInput[] = [
  { dueDate: { sort: "asc", nulls: "last" } },
  { year: "asc" },
  { sequence: "asc" },
];
/** The exact reverse of INBOX_ORDER: the same index read backwards. */
const INBOX_ORDER_REVERSED: Prisma.InformationRequestOrderByWithRelationInput[] = [
  { dueDate: { sort: "desc", nulls: "first" } },
  { year: "desc" },
  { sequence: "desc" },
];

export const INBOX_ROW_SELECT = {
  id: true,
  registrationNumber: true,
  applicantName: true,
  informationRequested: true,
  channel: true,
  status: true,
  receivedAt: true,
  dueDate: true,
  extendedAt: true,
  holidayDataWarning: true,
  assignedTo: { select: { name: true } },
} as const satisfies Prisma.InformationRequestSelect;

export type InboxRow = Prisma.InformationRequestGetPayload<{ select: typeof INBOX_ROW_SELECT }>;

export type InboxPage = { rows: InboxRow[]; total: number; page: number; pageCount: number };

/** One page of the inbox; a page past the end shows the last page. */
export async function findInboxPage(client: Client, filter: InboxFilter, userId: string, dates: InboxDates): Promise<InboxPage> {
  const where = inboxWhere(filter, userId, dates);
  const total = await client.informationRequest.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE));
  const page = Math.min(filter.page, pageCount);
  const skip = (page - 1) * INBOX_PAGE_SIZE;
  // Pages in the back half are read from the end, so the last page costs what the first one does.
  const fromEnd = skip > total / 2;
  const take = Math.min(INBOX_PAGE_SIZE, Math.max(total - skip, 0));
  const rows = await client.informationRequest.findMany({
    where,
    orderBy: fromEnd ? INBOX_ORDER_REVERSED : INBOX_ORDER,
    skip: fromEnd ? total - skip - take : skip,
    take: fromEnd ? take : INBOX_PAGE_SIZE,
    select: INBOX_ROW_SELECT,
  });
  return { rows: fromEnd ? rows.reverse() : rows, total, page, pageCount };
}
