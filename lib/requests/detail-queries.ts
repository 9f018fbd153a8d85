import "server-only";
import { db } from "@/lib/db";
import { requirePermission } from "@/lib/auth/guard";
import { todayInZone, workingDaysBetween } from "@/lib/deadlines";
import { loadClock } from "@/lib/deadlines/calendar-store";
import type { Prisma } from "@/lib/generated/prisma/client";
import { deadlinesOfRequest } from "@/lib/requests/request-deadlines";
import { DEADLINE_COLUMNS, DECISION_COLUMNS, DELIVERY_COLUMNS, REGISTER_APPLICANT_COLUMNS } from "@/lib/requests/select-fragments";
import { ASSIGNABLE_ROLES, availableActions } from "@/lib/requests/transitions";

const DETAIL_SELECT = {
  id: true,
  registrationNumber: true,
  trackingCode: true,
  channel: true,
  receivedAt: true,
  clockStartDate: true,
  applicantType: true,
  ...REGISTER_APPLICANT_COLUMNS,
  nik: true,
  legalEntityDecree: true,
  copyDelivery: true,
  viaProxy: true,
  proxyName: true,
  powerOfAttorneyFile: { select: { id: true, originalName: true } },
  consentAt: true,
  status: true,
  assignedTo: { select: { id: true, name: true } },
  ...DEADLINE_COLUMNS,
  ...DECISION_COLUMNS,
  ...DELIVERY_COLUMNS,
  closedAt: true,
  pauses: { orderBy: { startDate: "asc" }, select: { id: true, question: true, startDate: true, resumeDate: true, answer: true } },
  events: { orderBy: { at: "asc" }, select: { id: true, type: true, note: true, at: true, actor: { select: { name: true } } } },
} as const satisfies Prisma.InformationRequestSelect;

/** Everything the request page shows, with the live clock and the actions this officer may take. */
export async function getRequestDetail(id: string, now = new Date()) {
  const user = await requirePermission("readRequests");
  const [request, clock] = await Promise.all([
    db.informationRequest.findUnique({ where: { id }, select: DETAIL_SELECT }),
    loadClock(),
  ]);
  if (!request) return null;
  const today = todayInZone(now, clock.settings.timeZone);
  const deadlines = deadlinesOfRequest(request, clock);
  const due = deadlines.extendedDueDate ?? deadlines.noticeDueDate;
  const open = request.status !== "DIPUTUSKAN" && request.status !== "SELESAI";
  const actions = availableActions({ ...request, noticeDueDate: deadlines.noticeDueDate }, user.role, today);
  return {
    user,
    request,
    today,
    extensionDays: clock.settings.extensionWorkingDays,
    deadlines,
    /** Working days from today to the due date in force (negative when overdue); null when unknown or decided. */
    workingDaysLeft: open && due ? workingDaysBetween(today, due, clock.calendar, clock.settings) : null,
    actions,
  };
}

export type RequestDetail = NonNullable<Awaited<ReturnType<typeof getRequestDetail>>>;

/** Active officers a request can be assigned to. */
export async function getAssignableOfficers() {
  await requirePermission("assignRequest");
  return db.user.findMany({
    where: { active: true, role: { in: [...ASSIGNABLE_ROLES] } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, role: true },
  });
}
