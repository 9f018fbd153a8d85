import { db } from "@/lib/db";
import type { StaffUser } from "@/lib/auth/guard";
import type { Role } from "@/lib/generated/prisma/enums";
import { createInformationRequest } from "@/lib/requests/create-request";
import type { RequestFormValues } from "@/lib/requests/schema";
import { makeStaff } from "../admin/fixtures";
import { requestInput } from "./portal-fixtures";

// Data for the staff-processing tests. Each file works in its own far-future year without holiday
// data (only weekends are skipped), so expected due dates can be written down by hand.

/** The instant the office clock (WITA, UTC+8) shows `date` `time`. */
export const wita = (date: string, time = "10:00") => new Date(`${date}T${time}:00+08:00`);

export type RoleUsers = Record<Role, StaffUser>;

/** One active user per role, plus an officer to assign requests to. */
export async function makeRoleUsers(): Promise<RoleUsers> {
  const roles: Role[] = ["ADMIN", "PPID", "PETUGAS", "ATASAN", "AUDITOR", "PIMPINAN"];
  const users = await Promise.all(roles.map((role) => makeStaff(role)));
  return Object.fromEntries(roles.map((role, i) => [role, users[i]])) as RoleUsers;
}

/** A request received (registered at the desk) at `receivedAt`. */
export async function newRequest(receivedAt: Date, overrides: Partial<RequestFormValues> = {}) {
  const created = await createInformationRequest(requestInput(overrides), { channel: "DATANG_LANGSUNG", receivedAt, actor: null });
  return created.id;
}

/** Everything a refused action must leave untouched: the row, its pauses, events and audit entries. */
export async function snapshot(requestId: string) {
  const [row, pauses, events, audits] = await Promise.all([
    db.informationRequest.findUniqueOrThrow({ where: { id: requestId } }),
    db.clarificationPause.findMany({ where: { requestId }, orderBy: { createdAt: "asc" } }),
    db.requestEvent.count({ where: { requestId } }),
    db.auditLog.count({ where: { entityId: requestId } }),
  ]);
  return { row, pauses, events, audits };
}

export const statusOf = async (requestId: string) =>
  (await db.informationRequest.findUniqueOrThrow({ where: { id: requestId }, select: { status: true } })).status;
