import { db } from "@/lib/db";
import { ForbiddenError, type StaffUser } from "@/lib/auth/guard";
import { ALL_ROLES, hasPermission, type Permission } from "@/lib/auth/roles";
import { calendarDateFromUtcDate } from "@/lib/deadlines";
import { createObjection } from "@/lib/objections/create-objection";
import { acceptLateObjection, carryOutObjection, decideObjection, recordDispute, recordObjectionReaction } from "@/lib/objections/services";
import { decideRequest } from "@/lib/requests/services/decide-request";
import { RuleError } from "@/lib/rule-error";
import type { ObjectionGround } from "@/lib/generated/prisma/enums";
import { makeRoleUsers, newRequest, wita, type RoleUsers } from "../requests/staff-fixtures";

// Year 2051 has no holiday data: only weekends are skipped, so the expected dates are hand-counted.
// Request received Mon 2051-03-06 → notice due (day 10) Mon 03-20.
const RECEIVED = wita("2051-03-06");
const content = { grounds: ["A_DITOLAK_DIKECUALIKAN", "F_BIAYA_TIDAK_WAJAR"] as const, reasons: "Informasi anggaran bukan informasi yang dikecualikan.", viaProxy: false, proxyName: null };
let users: RoleUsers;
beforeAll(async () => {
  users = await makeRoleUsers();
});
afterAll(() => db.$disconnect());

const day = (d: Date | null) => (d ? calendarDateFromUtcDate(d) : null);
const file = (receivedAt: Date, requestId: string, actor: StaffUser | null = null, grounds: ObjectionGround[] = [...content.grounds]) =>
  createObjection({ ...content, grounds }, { requestId, channel: "PORTAL", receivedAt, actor });

async function refusedRequest(email = "") {
  const id = await newRequest(RECEIVED, { email });
  await decideRequest(users.PPID, { requestId: id, outcome: "DITOLAK_DIKECUALIKAN", noticeDate: "2051-03-08", informationForm: "SOFTCOPY", exemptionArticle: "b", consequenceTestRef: "UKT-1" }, wita("2051-03-08", "14:00"));
  return id;
}

describe("filing and answer windows (same working-day clock)", () => {
  it("counts 30 working days from the notice date; the Atasan has 30 working days from receipt", async () => {
    const requestId = await refusedRequest();
    const created = await file(wita("2051-03-15"), requestId);
    expect(created.registrationNumber).toMatch(/^\d{4}\/KBR\/[A-Z0-9.-]+\/2051$/);
    expect(created).toMatchObject({ late: false, filingDueDate: "2051-04-19", answerDueDate: "2051-04-26" });
    const row = await db.objection.findUniqueOrThrow({ where: { id: created.id } });
    expect(day(row.groundArose)).toBe("2051-03-08");
    const events = await db.requestEvent.findMany({ where: { requestId, type: "KEBERATAN_DIAJUKAN" } });
    expect(events).toHaveLength(1);
  });

  it("without a notice, the ground arises the day after the notice deadline lapsed", async () => {
    const requestId = await newRequest(RECEIVED);
    // Ground a needs a refusal; this request was never answered, so ground c applies.
    await expect(file(wita("2051-03-28"), requestId)).rejects.toThrow(/huruf a/);
    await expect(file(wita("2051-03-20"), requestId, null, ["C_TIDAK_DITANGGAPI"])).rejects.toThrow(/belum lewat/);
    const created = await file(wita("2051-03-28"), requestId, null, ["C_TIDAK_DITANGGAPI"]);
    const row = await db.objection.findUniqueOrThrow({ where: { id: created.id } });
    expect(day(row.groundArose)).toBe("2051-03-21");
    expect(created).toMatchObject({ late: false, filingDueDate: "2051-05-02" });
  });

  it("a filing after day 30 is kept as late; the Atasan can answer only after an officer accepts it with a note", async () => {
    const requestId = await refusedRequest("pemohon.keberatan@example.id");
    const onTime = await file(wita("2051-04-19", "15:00"), requestId);
    expect(onTime.late).toBe(false);
    const late = await file(wita("2051-04-20"), requestId);
    expect(late.late).toBe(true);

    const decide = { objectionId: late.id, decision: "MEMBATALKAN", decisionReasons: "Informasi anggaran bersifat terbuka.", orderedAction: "Berikan salinan DPA 2051.", atasanPosition: "Sekretaris Dinas" };
    await expect(decideObjection(users.ATASAN, decide, wita("2051-04-21"))).rejects.toThrow(RuleError);
    await acceptLateObjection(users.PPID, { objectionId: late.id, note: "Pemohon sakit, surat keterangan dokter dilampirkan." }, wita("2051-04-21"));

    await expect(decideObjection(users.ATASAN, { ...decide, orderedAction: "" }, wita("2051-04-24"))).rejects.toMatchObject({ fieldErrors: { orderedAction: expect.any(Array) } });
    await decideObjection(users.ATASAN, decide, wita("2051-04-24"));
    let row = await db.objection.findUniqueOrThrow({ where: { id: late.id } });
    expect(row).toMatchObject({ status: "DIPUTUSKAN", decision: "MEMBATALKAN", atasanName: users.ATASAN.name });
    expect(day(row.answerDate)).toBe("2051-04-24");
    expect(day(row.disputeDueDate)).toBe("2051-05-12"); // 14 working days after Mon 04-24
    expect(await db.outboxMessage.count({ where: { dedupeKey: `objection-answered:${late.id}`, toAddress: "pemohon.keberatan@example.id" } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { dedupeKey: { startsWith: "request-received:" }, requestId } })).toBe(1);

    await carryOutObjection(users.PPID, { objectionId: late.id, note: "Salinan DPA dikirim melalui surel." }, wita("2051-04-26"));
    await recordObjectionReaction(users.PETUGAS, { objectionId: late.id, reaction: "Pemohon menerima." }, wita("2051-04-27"));
    await recordDispute(users.PETUGAS, { objectionId: late.id, disputeFiledDate: "2051-05-15", disputeStage: "MEDIASI" }, wita("2051-05-16"));
    row = await db.objection.findUniqueOrThrow({ where: { id: late.id } });
    expect(row.status).toBe("DILAKSANAKAN");
    expect(row.carriedOutAt?.toISOString()).toBe(wita("2051-04-26").toISOString());
    expect(row).toMatchObject({ requesterReaction: "Pemohon menerima.", disputeStage: "MEDIASI" });
    const audits = await db.auditLog.count({ where: { entityType: "Objection", entityId: late.id } });
    expect(audits).toBe(5);
  });
});

describe("role guard: every objection service refuses roles without its permission and changes nothing", () => {
  type Case = { permission: Permission; prepare: (objectionId: string) => Promise<void>; act: (user: StaffUser, objectionId: string) => Promise<unknown> };
  const atasanDecides = (id: string) => decideObjection(users.ATASAN, { objectionId: id, decision: "MEMBATALKAN", decisionReasons: "Terbuka.", orderedAction: "Berikan.", atasanPosition: "Sekdis" }, wita("2051-04-24"));
  const CASES: Record<string, Case> = {
    acceptLate: { permission: "acceptLateObjection", prepare: async () => {}, act: (u, id) => acceptLateObjection(u, { objectionId: id, note: "Alasan sah." }, wita("2051-04-21")) },
    decide: {
      permission: "decideObjection",
      prepare: (id) => acceptLateObjection(users.ADMIN, { objectionId: id, note: "Alasan sah." }, wita("2051-04-21")),
      act: (u, id) => decideObjection(u, { objectionId: id, decision: "MENGUATKAN", decisionReasons: "Pengecualian sah.", atasanPosition: "Sekdis" }, wita("2051-04-24")),
    },
    carryOut: {
      permission: "carryOutObjection",
      prepare: async (id) => { await acceptLateObjection(users.ADMIN, { objectionId: id, note: "Alasan sah." }, wita("2051-04-21")); await atasanDecides(id); },
      act: (u, id) => carryOutObjection(u, { objectionId: id, note: "Diberikan." }, wita("2051-04-26")),
    },
    dispute: {
      permission: "followUpObjection",
      prepare: async (id) => { await acceptLateObjection(users.ADMIN, { objectionId: id, note: "Alasan sah." }, wita("2051-04-21")); await atasanDecides(id); },
      act: (u, id) => recordDispute(u, { objectionId: id, disputeFiledDate: "2051-05-02", disputeStage: "DIDAFTARKAN" }, wita("2051-05-03")),
    },
  };
  for (const [name, c] of Object.entries(CASES)) {
    it.each(ALL_ROLES)(`${name} as %s`, async (role) => {
      const requestId = await refusedRequest();
      const { id } = await file(wita("2051-04-20"), requestId);
      await c.prepare(id);
      const before = await db.objection.findUniqueOrThrow({ where: { id } });
      const audits = await db.auditLog.count({ where: { entityId: id } });
      if (hasPermission(role, c.permission)) {
        await c.act(users[role], id);
        expect(await db.auditLog.count({ where: { entityId: id } })).toBe(audits + 1);
      } else {
        await expect(c.act(users[role], id)).rejects.toThrow(ForbiddenError);
        expect(await db.objection.findUniqueOrThrow({ where: { id } })).toEqual(before);
        expect(await db.auditLog.count({ where: { entityId: id } })).toBe(audits);
      }
    });
  }
});
