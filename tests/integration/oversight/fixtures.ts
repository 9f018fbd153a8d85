import { db } from "@/lib/db";
import type { StaffUser } from "@/lib/auth/guard";
import type { Role } from "@/lib/generated/prisma/enums";
import { insertRequest, makeStaff } from "../admin/fixtures";

export type RoleUsers = Record<Role, StaffUser>;
export const ROLES: Role[] = ["ADMIN", "PPID", "PETUGAS", "ATASAN", "AUDITOR", "PIMPINAN"];

export async function makeRoleUsers(): Promise<RoleUsers> {
  const users = await Promise.all(ROLES.map((role) => makeStaff(role)));
  return Object.fromEntries(ROLES.map((role, i) => [role, users[i]])) as RoleUsers;
}

const day = (d: string) => new Date(`${d}T00:00:00Z`);

/** A decided request with its notice sent on `noticeDate` against day 10 = `noticeDueDate`. */
export async function decidedRequest(noticeDate: string, noticeDueDate: string, complete = true) {
  const { id } = await insertRequest(new Date(`${noticeDate}T01:00:00Z`), "DIPUTUSKAN");
  await db.informationRequest.update({
    where: { id },
    data: { noticeDate: day(noticeDate), noticeDueDate: day(noticeDueDate), dueDate: day(noticeDueDate), phone: complete ? "081234567890" : null, email: null, informationForm: "SOFTCOPY" },
  });
  return id;
}

/** A small active instrument (newest, so new audits use it): two sections, four items. */
export async function makeInstrument() {
  const levels = ["nol", "satu", "dua", "tiga", "empat"];
  return db.auditInstrument.create({
    data: {
      name: `Instrumen uji ${Date.now()}`,
      sections: {
        create: [
          { standard: "PERMOHONAN", title: "Permohonan", order: 0, items: { create: [
            { code: "B.1", question: "Tepat waktu", weight: 3, levels, prefillSource: "REQUESTS_ON_TIME", order: 0 },
            { code: "B.2", question: "Register lengkap", weight: 1, levels, prefillSource: "REGISTER_COMPLETENESS", order: 1 },
          ] } },
          { standard: "DIP", title: "DIP", order: 1, items: { create: [
            { code: "D.1", question: "DIP mutakhir", weight: 2, levels, prefillSource: "DIP_OVERDUE", order: 0 },
            { code: "D.2", question: "SK DIP", weight: 2, levels, order: 1 },
          ] } },
        ],
      },
    },
    select: { id: true, sections: { select: { items: { select: { id: true, code: true } } } } },
  });
}
