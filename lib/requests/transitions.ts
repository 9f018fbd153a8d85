/**
 * Which staff action may run on a request in which state (pure: no database, no framework).
 * The services ask `refusalOf` inside their transaction; the request page asks `availableActions`
 * to show only the forms that can succeed. One table, so the page and the server never disagree.
 */
import type { RequestOutcome, RequestStatus } from "@/lib/generated/prisma/enums";
import { hasPermission, type Permission, type Role } from "@/lib/auth/roles";
import type { CalendarDate } from "@/lib/deadlines";
import { STATUS_LABELS } from "@/lib/requests/labels";

export const REQUEST_ACTIONS = ["assign", "pause", "resume", "extend", "decide", "deliver", "close"] as const;
export type RequestAction = (typeof REQUEST_ACTIONS)[number];

/** Statuses from which each action may start. */
export const ALLOWED_FROM: Record<RequestAction, readonly RequestStatus[]> = {
  // Re-assignment stays possible while the requester is being asked for clarification.
  assign: ["DITERIMA", "DIPROSES", "MENUNGGU_KLARIFIKASI"],
  pause: ["DITERIMA", "DIPROSES"],
  resume: ["MENUNGGU_KLARIFIKASI"],
  extend: ["DITERIMA", "DIPROSES"],
  decide: ["DITERIMA", "DIPROSES"],
  deliver: ["DIPUTUSKAN"],
  close: ["DIPUTUSKAN"],
};

/** The permission (lib/auth/roles CAN) each action needs. */
export const ACTION_PERMISSION: Record<RequestAction, Permission> = {
  assign: "assignRequest",
  pause: "processRequest",
  resume: "processRequest",
  extend: "extendRequest",
  decide: "decideRequest",
  deliver: "processRequest",
  close: "processRequest",
};

/** Roles a request can be assigned to (active users only). */
export const ASSIGNABLE_ROLES = ["PETUGAS", "PPID"] as const satisfies readonly Role[];

/** Outcomes under which information is handed over (and so a delivery can be recorded). */
export const GRANTING_OUTCOMES: readonly RequestOutcome[] = ["DIKABULKAN_SELURUHNYA", "DIKABULKAN_SEBAGIAN"];

export function isGranting(outcome: RequestOutcome | null): boolean {
  return outcome !== null && GRANTING_OUTCOMES.includes(outcome);
}

/** What the rules need to know about a request. */
export type TransitionState = {
  status: RequestStatus;
  extendedAt: Date | null;
  outcome: RequestOutcome | null;
  deliveredAt: Date | null;
  /** The 10-working-day notice due date (office calendar date), null while paused. */
  noticeDueDate: CalendarDate | null;
};

const STATUS_REFUSAL = "Tindakan ini tidak dapat dilakukan pada permohonan berstatus";

/**
 * Why `action` may not run now (Bahasa Indonesia), or null when it may.
 * `today` is the office-zone date; it matters for the extension, which must be given within day 10.
 */
export function refusalOf(action: RequestAction, state: TransitionState, today: CalendarDate): string | null {
  // Said first, because "not granted yet" is the reason an officer needs, whatever the status.
  if (action === "deliver" && !isGranting(state.outcome)) {
    return "Penyerahan informasi hanya dicatat setelah permohonan dikabulkan (seluruhnya atau sebagian).";
  }
  if (!ALLOWED_FROM[action].includes(state.status)) {
    return `${STATUS_REFUSAL} "${STATUS_LABELS[state.status]}".`;
  }
  switch (action) {
    case "extend":
      if (state.extendedAt !== null) return "Perpanjangan waktu hanya dapat diberikan satu kali dan sudah pernah diberikan.";
      // UU KIP Pasal 22(8): the extension is announced within the first 10 working days.
      if (state.noticeDueDate !== null && today > state.noticeDueDate) {
        return "Batas 10 hari kerja sudah terlewati; perpanjangan harus diberitahukan sebelum batas itu.";
      }
      return null;
    case "deliver":
      if (state.deliveredAt !== null) return "Penyerahan informasi sudah dicatat.";
      return null;
    default:
      return null;
  }
}

/** Actions this role may run on this request now, in display order. */
export function availableActions(state: TransitionState, role: Role, today: CalendarDate): RequestAction[] {
  return REQUEST_ACTIONS.filter(
    (action) => hasPermission(role, ACTION_PERMISSION[action]) && refusalOf(action, state, today) === null,
  );
}
