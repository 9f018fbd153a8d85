import { db } from "@/lib/db";
import { ForbiddenError, type StaffUser } from "@/lib/auth/guard";
import { ALL_ROLES, hasPermission, type Permission } from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";
import { officeRange, parseReportPeriod } from "@/lib/reports/period";
import { assignRequest } from "@/lib/requests/services/assign-request";
import { pauseRequest, resumeRequest } from "@/lib/requests/services/clarification";
import { extendRequest } from "@/lib/requests/services/extend-request";
import { decideRequest } from "@/lib/requests/services/decide-request";
import { deliverRequest } from "@/lib/requests/services/deliver-request";
import { closeRequest } from "@/lib/requests/services/close-request";
import { registerOfflineRequest } from "@/lib/requests/services/register-offline-request";
import { exportRegisterRows } from "@/lib/requests/services/export-register";
import { makeRoleUsers, newRequest, snapshot, wita, type RoleUsers } from "./staff-fixtures";
import { requestInput } from "./portal-fixtures";

// Every service, called by a user of every role: roles without the permission get ForbiddenError
// and leave the database exactly as it was; roles with it succeed (so the check can fail).
// Year 2042: received Mon 03-03, acting Tue 03-04 (day 10 = Mon 03-17, no holiday data).
const RECEIVED = wita("2042-03-03", "09:00");
const NOW = wita("2042-03-04");
let users: RoleUsers;
beforeAll(async () => {
  users = await makeRoleUsers();
});
afterAll(() => db.$disconnect());

type Case = {
  permission: Permission;
  /** Brings a fresh request to the state the action starts from (done by an ADMIN). */
  prepare: (id: string) => Promise<void>;
  act: (user: StaffUser, id: string) => Promise<unknown>;
};

const admin = () => users.ADMIN;
const decideGrant = (id: string) =>
  decideRequest(admin(), { requestId: id, outcome: "DIKABULKAN_SELURUHNYA", noticeDate: "2042-03-04", informationForm: "HARDCOPY" }, NOW);

const CASES: Record<string, Case> = {
  assign: {
    permission: "assignRequest",
    prepare: async () => {},
    act: (u, id) => assignRequest(u, { requestId: id, assigneeId: users.PETUGAS.id }, NOW),
  },
  pause: {
    permission: "processRequest",
    prepare: async () => {},
    act: (u, id) => pauseRequest(u, { requestId: id, question: "Mohon perjelas periode data yang diminta." }, NOW),
  },
  resume: {
    permission: "processRequest",
    prepare: (id) => pauseRequest(admin(), { requestId: id, question: "Mohon perjelas periode data yang diminta." }, NOW),
    act: (u, id) => resumeRequest(u, { requestId: id, answer: "Periode 2041.", resumeDate: "2042-03-04" }, NOW),
  },
  extend: {
    permission: "extendRequest",
    prepare: async () => {},
    act: (u, id) => extendRequest(u, { requestId: id, reason: "Informasi harus dihimpun dari beberapa bidang terlebih dahulu." }, NOW),
  },
  decide: {
    permission: "decideRequest",
    prepare: async () => {},
    act: (u, id) => decideRequest(u, { requestId: id, outcome: "DITOLAK_DIKECUALIKAN", exemptionArticle: "h", consequenceTestRef: "SK PPID 2/2042", noticeDate: "2042-03-04" }, NOW),
  },
  deliver: {
    permission: "processRequest",
    prepare: decideGrant,
    act: (u, id) => deliverRequest(u, { requestId: id, deliveredDate: "2042-03-04", deliveryMethod: "AMBIL_LANGSUNG", deliveredInformation: "Fotokopi dokumen", costAmount: "5.000" }, NOW),
  },
  close: {
    permission: "processRequest",
    prepare: decideGrant,
    act: (u, id) => closeRequest(u, { requestId: id }, NOW),
  },
};

const error = (work: Promise<unknown>) => work.then(() => null, (e: unknown) => e);

describe.each(Object.entries(CASES))("%s", (_name, c) => {
  it.each(ALL_ROLES)("as %s", async (role: Role) => {
    const id = await newRequest(RECEIVED);
    await c.prepare(id);
    const before = await snapshot(id);
    const result = await error(c.act(users[role], id));
    if (hasPermission(role, c.permission)) {
      expect(result).toBeNull();
      expect((await snapshot(id)).events).toBe(before.events + 1);
    } else {
      expect(result).toBeInstanceOf(ForbiddenError);
      expect(await snapshot(id)).toEqual(before);
    }
  });
});

describe("register an offline request", () => {
  it.each(ALL_ROLES)("as %s", async (role: Role) => {
    const name = `Pemohon Luring ${role} ${Date.now()}`;
    const input = { ...requestInput({ applicantName: name }), channel: "SURAT", receivedAt: "2042-03-03T11:00" };
    const result = await error(registerOfflineRequest(users[role], input, { now: NOW }));
    const count = await db.informationRequest.count({ where: { applicantName: name } });
    if (hasPermission(role, "registerRequest")) {
      expect(result).toBeNull();
      expect(count).toBe(1);
    } else {
      expect(result).toBeInstanceOf(ForbiddenError);
      expect(count).toBe(0);
    }
  });
});

describe("export the register", () => {
  it.each(ALL_ROLES)("as %s", async (role: Role) => {
    const id = await newRequest(RECEIVED);
    const user = users[role];
    const audits = () => db.auditLog.count({ where: { actorId: user.id, action: "register.export" } });
    const before = await audits();
    const result = await exportRegisterRows(user, officeRange(parseReportPeriod("2042-03")!, "Asia/Makassar")).catch((e: unknown) => e);
    if (hasPermission(role, "exportRegister")) {
      expect(Array.isArray(result)).toBe(true);
      expect((result as { id: string }[]).some((row) => row.id === id)).toBe(true);
      expect(await audits()).toBe(before + 1);
    } else {
      expect(result).toBeInstanceOf(ForbiddenError);
      expect(await audits()).toBe(before);
    }
  });
});
