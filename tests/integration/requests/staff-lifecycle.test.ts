import { db } from "@/lib/db";
import { calendarDateFromUtcDate } from "@/lib/deadlines";
import { RuleError } from "@/lib/rule-error";
import { assignRequest } from "@/lib/requests/services/assign-request";
import { pauseRequest, resumeRequest } from "@/lib/requests/services/clarification";
import { extendRequest } from "@/lib/requests/services/extend-request";
import { decideRequest } from "@/lib/requests/services/decide-request";
import { deliverRequest } from "@/lib/requests/services/deliver-request";
import { closeRequest } from "@/lib/requests/services/close-request";
import { registerOfflineRequest } from "@/lib/requests/services/register-offline-request";
import { registerRows } from "@/lib/requests/register";
import { officeRange, parseReportPeriod } from "@/lib/reports/period";
import { makeRoleUsers, newRequest, snapshot, statusOf, wita, type RoleUsers } from "./staff-fixtures";
import { requestInput } from "./portal-fixtures";

// Year 2041 has no holiday data: only weekends are skipped. Mon 2041-03-04 + 10 working days = Mon 03-18.
let users: RoleUsers;
beforeAll(async () => {
  users = await makeRoleUsers();
});
afterAll(() => db.$disconnect());

const dueOf = async (id: string) => {
  const row = await db.informationRequest.findUniqueOrThrow({ where: { id }, select: { dueDate: true, noticeDueDate: true, extendedDueDate: true } });
  const day = (d: Date | null) => (d ? calendarDateFromUtcDate(d) : null);
  return { due: day(row.dueDate), notice: day(row.noticeDueDate), extended: day(row.extendedDueDate) };
};

/** Expects a RuleError and that nothing about the request changed. */
async function expectRefused(requestId: string, work: () => Promise<unknown>, field?: string, message?: RegExp) {
  const before = await snapshot(requestId);
  const error = await work().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RuleError);
  if (field) expect((error as RuleError).fieldErrors[field]?.[0]).toBeDefined();
  if (message) expect((error as RuleError).message).toMatch(message);
  expect(await snapshot(requestId)).toEqual(before);
}

describe("the whole life of an offline request", () => {
  it("goes DITERIMA → DIPROSES → klarifikasi → DIPROSES → extended → DIPUTUSKAN → delivered → SELESAI", async () => {
    const { PETUGAS: officer, PPID: ppid } = users;
    const name = `Maria Goreti Nggadas ${Date.now()}`;
    const created = await registerOfflineRequest(
      officer,
      { ...requestInput({ applicantName: name }), channel: "DATANG_LANGSUNG", receivedAt: "2041-03-04T09:00" },
      { now: wita("2041-03-04", "10:00") },
    );
    const id = created.id;
    let row = await db.informationRequest.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "DITERIMA", channel: "DATANG_LANGSUNG", createdById: officer.id, receivedAt: wita("2041-03-04", "09:00") });
    expect(await dueOf(id)).toEqual({ due: "2041-03-18", notice: "2041-03-18", extended: null });

    await assignRequest(ppid, { requestId: id, assigneeId: officer.id }, wita("2041-03-05"));
    expect(await statusOf(id)).toBe("DIPROSES");

    await pauseRequest(officer, { requestId: id, question: "Mohon sebutkan tahun anggaran yang dimaksud." }, wita("2041-03-06"));
    expect(await statusOf(id)).toBe("MENUNGGU_KLARIFIKASI");
    expect(await dueOf(id)).toEqual({ due: null, notice: null, extended: null }); // clock stopped

    // Answer arrived Fri 03-08: Thu 7 and Fri 8 do not count, so day 10 moves two working days later.
    await resumeRequest(officer, { requestId: id, answer: "Tahun anggaran 2040.", resumeDate: "2041-03-08" }, wita("2041-03-11"));
    expect(await statusOf(id)).toBe("DIPROSES");
    expect(await dueOf(id)).toEqual({ due: "2041-03-20", notice: "2041-03-20", extended: null });

    await extendRequest(ppid, { requestId: id, reason: "Data tersebar di tiga bidang dan perlu dihimpun terlebih dahulu." }, wita("2041-03-12"));
    expect(await dueOf(id)).toEqual({ due: "2041-03-29", notice: "2041-03-20", extended: "2041-03-29" });

    await expectRefused(id, () => extendRequest(ppid, { requestId: id, reason: "Perpanjangan kedua yang tidak dibolehkan." }, wita("2041-03-13")), undefined, /satu kali/);
    await expectRefused(id, () => deliverRequest(officer, { requestId: id, deliveredDate: "2041-03-13", deliveryMethod: "EMAIL", deliveredInformation: "Salinan data", costAmount: "0" }, wita("2041-03-13")), undefined, /dikabulkan/);
    await expectRefused(
      id,
      () => decideRequest(ppid, { requestId: id, outcome: "DITOLAK_DIKECUALIKAN", noticeDate: "2041-03-13", consequenceTestRef: "SK PPID 1/2041" }, wita("2041-03-13")),
      "exemptionArticle",
    );

    await decideRequest(
      ppid,
      { requestId: id, outcome: "DIKABULKAN_SEBAGIAN", noticeDate: "2041-03-25", informationForm: "SOFTCOPY", redactionNote: "NIK penerima bantuan dihitamkan (data pribadi, Pasal 17 huruf h)." },
      wita("2041-03-25", "14:00"),
    );
    row = await db.informationRequest.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "DIPUTUSKAN", outcome: "DIKABULKAN_SEBAGIAN", informationForm: "SOFTCOPY", decidedAt: wita("2041-03-25", "14:00"), exemptionArticle: null });
    expect(calendarDateFromUtcDate(row.noticeDate!)).toBe("2041-03-25");

    await deliverRequest(officer, { requestId: id, deliveredDate: "2041-03-26", deliveryMethod: "EMAIL", deliveredInformation: "Berkas PDF daftar penerima", costAmount: "0", paymentNote: "Gratis" }, wita("2041-03-26"));
    await expectRefused(id, () => deliverRequest(officer, { requestId: id, deliveredDate: "2041-03-26", deliveryMethod: "POS", deliveredInformation: "Salinan kedua", costAmount: "0" }, wita("2041-03-26")), undefined, /sudah dicatat/);

    await closeRequest(officer, { requestId: id, note: "" }, wita("2041-03-27"));
    row = await db.informationRequest.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "SELESAI", closedAt: wita("2041-03-27"), costAmount: 0, deliveryMethod: "EMAIL" });
    await expectRefused(id, () => closeRequest(ppid, { requestId: id }, wita("2041-03-28")), undefined, /Selesai/);

    const events = await db.requestEvent.findMany({ where: { requestId: id }, orderBy: { at: "asc" }, select: { type: true, actorId: true } });
    expect(events.map((e) => e.type)).toEqual(["DITERIMA", "ASSIGNED", "CLARIFICATION_REQUESTED", "CLARIFICATION_ANSWERED", "EXTENDED", "DECIDED", "DELIVERED", "CLOSED"]);
    expect(events.slice(1).map((e) => e.actorId)).toEqual([ppid.id, officer.id, officer.id, ppid.id, ppid.id, officer.id, officer.id]);

    // Audit rows carry the real clock time; several can share a millisecond, so compare as a set.
    const audits = await db.auditLog.findMany({ where: { entityId: id } });
    expect(audits.map((a) => a.action).sort()).toEqual(
      ["request.register", "request.assign", "request.pause", "request.resume", "request.extend", "request.decide", "request.deliver", "request.close"].sort(),
    );
    const pauseAudit = audits.find((a) => a.action === "request.pause")!;
    expect(pauseAudit.before).toMatchObject({ status: "DIPROSES", dueDate: "2041-03-18T00:00:00.000Z" });
    expect(pauseAudit.after).toMatchObject({ status: "MENUNGGU_KLARIFIKASI", dueDate: null });

    const [register] = (await registerRows(officeRange(parseReportPeriod("2041-03")!, "Asia/Makassar"))).filter((r) => r.id === id);
    expect(register).toMatchObject({ receivedDate: "2041-03-04", noticeDate: "2041-03-25", deliveredDate: "2041-03-26", costAmount: 0, applicantName: name });
  });
});

describe("refusals keep the request unchanged", () => {
  const received = wita("2041-04-01", "09:00"); // Mon; day 10 = Mon 2041-04-15
  const next = wita("2041-04-02");

  it("assigns only to an active PETUGAS or PPID", async () => {
    const id = await newRequest(received);
    await expectRefused(id, () => assignRequest(users.PPID, { requestId: id, assigneeId: users.AUDITOR.id }, next), "assigneeId");
    await expectRefused(id, () => assignRequest(users.PPID, { requestId: id, assigneeId: "tidak-ada" }, next), "assigneeId");
  });

  it("refuses a clarification answer dated before the question or in the future", async () => {
    const id = await newRequest(received);
    await pauseRequest(users.PETUGAS, { requestId: id, question: "Mohon perjelas dokumen yang dimaksud." }, next);
    await expectRefused(id, () => resumeRequest(users.PETUGAS, { requestId: id, answer: "Dokumen A", resumeDate: "2041-04-01" }, wita("2041-04-03")), "resumeDate", /klarifikasi diminta \(\d{1,2} [A-Z][a-z]+ 2041\)/);
    await expectRefused(id, () => resumeRequest(users.PETUGAS, { requestId: id, answer: "Dokumen A", resumeDate: "2041-04-04" }, wita("2041-04-03")), "resumeDate");
    await expectRefused(id, () => decideRequest(users.PPID, { requestId: id, outcome: "BELUM_DIDOKUMENTASIKAN", noticeDate: "2041-04-03" }, wita("2041-04-03")));
  });

  it("refuses a notice date in the future or before receipt, and invalid fields with Bahasa messages", async () => {
    const id = await newRequest(received);
    await expectRefused(id, () => decideRequest(users.PPID, { requestId: id, outcome: "TIDAK_DIKUASAI", noticeDate: "2041-04-03" }, next), "noticeDate", /masa depan/);
    await expectRefused(id, () => decideRequest(users.PPID, { requestId: id, outcome: "TIDAK_DIKUASAI", noticeDate: "2041-03-29" }, next), "noticeDate", /permohonan diterima \(\d{1,2} [A-Z][a-z]+ 2041\)/);
    await expectRefused(id, () => extendRequest(users.PPID, { requestId: id, reason: "singkat" }, next), "reason", /Periksa kembali/);
  });

  it("refuses an extension after day 10 has passed", async () => {
    const id = await newRequest(received);
    await expectRefused(id, () => extendRequest(users.PPID, { requestId: id, reason: "Alasan tertulis yang cukup panjang untuk perpanjangan." }, wita("2041-04-16")), undefined, /terlewati/);
  });

  it("refuses a delivery after a decision that grants nothing", async () => {
    const id = await newRequest(received);
    await decideRequest(users.PPID, { requestId: id, outcome: "TIDAK_DIKUASAI", noticeDate: "2041-04-02", holderName: "Dinas Kominfo Provinsi NTT" }, next);
    await expectRefused(id, () => deliverRequest(users.PETUGAS, { requestId: id, deliveredDate: "2041-04-02", deliveryMethod: "POS", deliveredInformation: "Surat", costAmount: "0" }, next), undefined, /dikabulkan/);
    const [row] = (await registerRows(officeRange(parseReportPeriod("2041-04")!, "Asia/Makassar"))).filter((r) => r.id === id);
    expect(row).toMatchObject({ outcome: "TIDAK_DIKUASAI", holderName: "Dinas Kominfo Provinsi NTT" });
  });

  it("refuses an offline request received in the future", async () => {
    const name = `Yohanes Ndun'a ${Date.now()}`;
    const error = await registerOfflineRequest(
      users.PETUGAS,
      { ...requestInput({ applicantName: name }), channel: "TELEPON", receivedAt: "2041-04-02T10:01" },
      { now: wita("2041-04-02", "10:00") },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RuleError);
    expect((error as RuleError).fieldErrors.receivedAt?.[0]).toMatch(/masa depan/);
    expect(await db.informationRequest.count({ where: { applicantName: name } })).toBe(0);
  });
});
