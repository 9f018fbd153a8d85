import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { StaffUser } from "@/lib/auth/guard";
import type { RequestStatus, Role } from "@/lib/generated/prisma/enums";
import { calendarDateFromUtcDate } from "@/lib/deadlines";
import { loadClock } from "@/lib/deadlines/calendar-store";
import { deadlineColumns, deadlinesOfRequest } from "@/lib/requests/request-deadlines";

// Data for the admin integration tests. Every name is unique, so files can share one database.
// Dates: these files use only the years 2070-2079 (other test files use 2031-2046), so holidays
// added here never fall inside another file's deadline window.

export const uniqueName = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

/** A staff user row of the given role (password hash is a placeholder: these users never log in). */
export async function makeStaff(role: Role, active = true): Promise<StaffUser> {
  const username = uniqueName(`t-${role.toLowerCase()}`);
  const user = await db.user.create({
    data: { username, name: `Uji ${role}`, role, active, passwordHash: "x" },
    select: { id: true, name: true, username: true, role: true },
  });
  return user;
}

export const NON_ADMIN_ROLES: Role[] = ["PPID", "PETUGAS", "ATASAN", "AUDITOR", "PIMPINAN"];

let sequence = 700_000 + Math.floor(Math.random() * 100_000);

/**
 * Inserts a request received at `receivedAt` with its deadlines computed from the current clock,
 * exactly as the registration code stores them (lib/requests/request-deadlines.ts).
 */
export async function insertRequest(receivedAt: Date, status: RequestStatus = "DITERIMA") {
  const clock = await loadClock(db);
  const columns = deadlineColumns(deadlinesOfRequest({ receivedAt, extendedAt: null, pauses: [] }, clock));
  const year = receivedAt.getUTCFullYear();
  const seq = sequence++;
  return db.informationRequest.create({
    data: {
      registrationNumber: `UJI-ADMIN/${seq}/${year}`,
      year,
      sequence: seq,
      trackingCode: randomUUID().slice(0, 10),
      channel: "PORTAL",
      receivedAt,
      applicantType: "PERORANGAN",
      applicantName: "Pemohon Uji Admin",
      address: "Jl. Uji No. 1, Kupang",
      occupation: "Wiraswasta",
      informationRequested: "Data uji",
      purpose: "Pengujian",
      obtainMethod: "MELIHAT_MEMBACA",
      copyDelivery: "AMBIL_LANGSUNG",
      consentAt: receivedAt,
      status,
      ...(status === "DIPUTUSKAN" || status === "SELESAI" ? { decidedAt: receivedAt, outcome: "DIKABULKAN_SELURUHNYA" as const } : {}),
      ...columns,
    },
    select: { id: true },
  });
}

/** The stored due date as "YYYY-MM-DD" (null while none). */
export async function dueDateOf(requestId: string): Promise<string | null> {
  const row = await db.informationRequest.findUniqueOrThrow({ where: { id: requestId }, select: { dueDate: true } });
  return row.dueDate ? calendarDateFromUtcDate(row.dueDate) : null;
}

/** 09:00 WITA (UTC+8) on a calendar date. */
export const nineAmWita = (date: string) => new Date(`${date}T01:00:00.000Z`);
