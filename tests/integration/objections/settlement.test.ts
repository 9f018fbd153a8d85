import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/auth/guard";
import { createObjection } from "@/lib/objections/create-objection";
import { objectionsOfVerifiedRequest } from "@/lib/objections/public-queries";
import { objectionRegisterRows } from "@/lib/objections/queries";
import { objectionRegisterCells } from "@/lib/objections/register-columns";
import { decideObjection } from "@/lib/objections/services";
import { settleObjectionAmicably } from "@/lib/objections/settle-objection";
import { RuleError } from "@/lib/rule-error";
import { decideRequest } from "@/lib/requests/services/decide-request";
import type { ObjectionGround } from "@/lib/generated/prisma/enums";
import { makeRoleUsers, newRequest, wita, type RoleUsers } from "../requests/staff-fixtures";

// Year 2052 has no holiday data: only weekends are skipped. Request received Mon 2052-03-04, never answered.
let users: RoleUsers;
beforeAll(async () => {
  users = await makeRoleUsers();
});
afterAll(() => db.$disconnect());

async function objectionOn(grounds: ObjectionGround[]) {
  const requestId = await newRequest(wita("2052-03-04"));
  if (grounds.includes("A_DITOLAK_DIKECUALIKAN")) {
    await decideRequest(users.PPID, { requestId, outcome: "DITOLAK_DIKECUALIKAN", noticeDate: "2052-03-08", informationForm: "SOFTCOPY", exemptionArticle: "b", consequenceTestRef: "UKT-2052" }, wita("2052-03-08", "14:00"));
  }
  const { id } = await createObjection({ grounds, reasons: "Permohonan saya tidak dijawab sampai sekarang.", viaProxy: false, proxyName: null }, { requestId, channel: "PORTAL", receivedAt: wita("2052-03-25"), actor: null });
  return { requestId, id };
}
const TERMS = "PPID menyerahkan salinan data IKM binaan 2051 melalui surel pada 1 April 2052; pemohon menerima.";
const settle = (id: string, extra: Record<string, string> = {}) => ({ objectionId: id, settledDate: "2052-04-01", settlementTerms: TERMS, requesterAgreed: "on", ...extra });

it("a ground c objection is settled by musyawarah: it ends like an answer, in the register, on /lacak and on the request timeline", async () => {
  const { requestId, id } = await objectionOn(["C_TIDAK_DITANGGAPI", "G_MELEBIHI_WAKTU"]);
  await settleObjectionAmicably(users.PPID, settle(id), wita("2052-04-01", "15:00"));

  const row = await db.objection.findUniqueOrThrow({ where: { id }, select: { status: true, settledDate: true, answerDate: true, settlementTerms: true, settledById: true, decision: true } });
  expect(row).toMatchObject({ status: "DISELESAIKAN_MUSYAWARAH", settlementTerms: TERMS, settledById: users.PPID.id, decision: null });
  expect(row.answerDate?.toISOString().slice(0, 10)).toBe("2052-04-01");

  const register = await objectionRegisterRows(users.PPID, { from: wita("2052-03-25"), to: wita("2052-03-26") });
  const own = register.find((r) => r.settlementTerms === TERMS && r.answerDate?.toISOString().startsWith("2052-04-01"))!;
  const cells = objectionRegisterCells(own, (d) => d, "Asia/Makassar");
  expect(cells[7]).toBe(`Diselesaikan secara musyawarah: ${TERMS}`);
  expect(cells[8]).toBe("2052-04-01");

  const request = await db.informationRequest.findUniqueOrThrow({ where: { id: requestId }, select: { registrationNumber: true } });
  const [publicView] = await objectionsOfVerifiedRequest(request.registrationNumber);
  expect(publicView).toMatchObject({ status: "Diselesaikan secara musyawarah", settlementTerms: TERMS, answerDate: "2052-04-01" });
  expect(await db.requestEvent.count({ where: { requestId, type: "KEBERATAN_DISELESAIKAN_MUSYAWARAH" } })).toBe(1);
  expect(await db.auditLog.count({ where: { entityId: id, action: "objection.settle" } })).toBe(1);

  // Settled is final: the Atasan cannot answer it again, nor can it be settled twice.
  await expect(decideObjection(users.ATASAN, { objectionId: id, decision: "MENGUATKAN", decisionReasons: "x", atasanPosition: "Sekdis" }, wita("2052-04-02"))).rejects.toBeInstanceOf(RuleError);
  await expect(settleObjectionAmicably(users.ATASAN, settle(id), wita("2052-04-02"))).rejects.toBeInstanceOf(RuleError);
});

it("a ground a objection (refusal as exempt) cannot be settled: the Atasan must answer in writing", async () => {
  const { id } = await objectionOn(["A_DITOLAK_DIKECUALIKAN", "F_BIAYA_TIDAK_WAJAR"]);
  await expect(settleObjectionAmicably(users.PPID, settle(id), wita("2052-04-01"))).rejects.toThrow(/huruf a/);
  expect((await db.objection.findUniqueOrThrow({ where: { id }, select: { status: true } })).status).toBe("DIAJUKAN");
});

it("refuses at the field: no requester agreement, short terms, a future date, a date before receipt", async () => {
  const { id } = await objectionOn(["E_TIDAK_DIPENUHI"]);
  const refusal = async (extra: Record<string, string>, now = wita("2052-04-01")) => {
    const error = await settleObjectionAmicably(users.PPID, settle(id, extra), now).catch((e) => e);
    expect(error).toBeInstanceOf(RuleError);
    return Object.keys((error as RuleError).fieldErrors);
  };
  expect(await refusal({ requesterAgreed: "" })).toEqual(["requesterAgreed"]);
  expect(await refusal({ settlementTerms: "Sudah beres." })).toEqual(["settlementTerms"]);
  expect(await refusal({ settledDate: "2052-04-02" })).toEqual(["settledDate"]);
  expect(await refusal({ settledDate: "2052-03-22" })).toEqual(["settledDate"]);
  expect((await db.objection.findUniqueOrThrow({ where: { id }, select: { status: true } })).status).toBe("DIAJUKAN");
});

it("only ADMIN, PPID and the Atasan PPID record a settlement", async () => {
  for (const role of ["PETUGAS", "AUDITOR", "PIMPINAN"] as const) {
    const { id } = await objectionOn(["D_TIDAK_SESUAI_PERMINTAAN"]);
    await expect(settleObjectionAmicably(users[role], settle(id), wita("2052-04-01"))).rejects.toBeInstanceOf(ForbiddenError);
  }
  for (const role of ["ADMIN", "PPID", "ATASAN"] as const) {
    const { id } = await objectionOn(["D_TIDAK_SESUAI_PERMINTAAN"]);
    await settleObjectionAmicably(users[role], settle(id), wita("2052-04-01"));
  }
});
