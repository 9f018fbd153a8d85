import { db } from "@/lib/db";
import { parseReportPeriod } from "@/lib/reports/period";
import { RuleError } from "@/lib/rule-error";
import { periodIkm } from "@/lib/survey/ikm-queries";
import { ensureSurveyInvitation, invitationView, surveyLinkOfVerifiedRequest } from "@/lib/survey/invitations";
import { surveySchema } from "@/lib/survey/schema";
import { updateSurveySettings } from "@/lib/survey/settings-service";
import { getSurveySettings } from "@/lib/survey/settings";
import { submitSurveyResponse } from "@/lib/survey/submit-response";
import { makeStaff } from "../admin/fixtures";
import { newRequest, wita } from "../requests/staff-fixtures";

afterAll(() => db.$disconnect());

const answers = (score: number) =>
  surveySchema.parse({
    sex: "LAKI_LAKI", age: "45", education: "SMA/SMK atau sederajat", occupation: "Pedagang", serviceReceived: "Permohonan informasi", suggestion: "",
    ...Object.fromEntries(["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"].map((u) => [u, String(score)])),
  });

/** A request completed at `closedAt`, with the e-mail the invitation goes to. */
async function completedRequest(receivedOn: string, closedAt: Date, email: string) {
  const id = await newRequest(wita(receivedOn), { email });
  const row = await db.informationRequest.update({ where: { id }, data: { status: "SELESAI", closedAt }, select: { registrationNumber: true } });
  return { id, registrationNumber: row.registrationNumber };
}

it("a link works through its last day and is refused on submit the day after; the late answer moves no IKM", async () => {
  // Completed 2063-04-10 at 07:30 WITA (still 9 April in UTC): the office day counts.
  const request = await completedRequest("2063-04-02", wita("2063-04-10", "07:30"), "pemohon.kedaluwarsa@example.id");
  const link = await db.$transaction((tx) => ensureSurveyInvitation(tx, request.id, wita("2063-04-10", "07:31")));
  expect(link).toMatchObject({ lastDay: "2063-05-10", valid: true, used: false });
  const token = link!.token!;
  // The e-mail says until when the link can be used.
  const mail = await db.outboxMessage.findFirstOrThrow({ where: { dedupeKey: `survey-invitation:${request.id}` }, select: { body: true } });
  expect(mail.body).toContain("berlaku satu kali, sampai dengan 10 Mei 2063");

  expect(await invitationView(db, token, wita("2063-05-10", "23:59"))).toMatchObject({ kind: "open", lastDay: "2063-05-10" });
  expect(await invitationView(db, token, wita("2063-05-11", "00:00"))).toEqual({ kind: "expired", lastDay: "2063-05-10" });

  // The page is not the only guard: a form opened in time and sent after midnight is refused by the server.
  const late = submitSurveyResponse(answers(1), { token, submissionKey: "skm-expiry-2063-05-late" }, wita("2063-05-11", "00:05"));
  await expect(late).rejects.toThrow(RuleError);
  await expect(late).rejects.toThrow("Tautan survei ini sudah tidak berlaku sejak 11 Mei 2063. Anda tetap dapat mengisi survei umum di halaman /survei.");
  expect((await db.surveyInvitation.findUniqueOrThrow({ where: { token }, select: { usedAt: true } })).usedAt).toBeNull();
  expect(await db.surveyResponse.count({ where: { submissionKey: "skm-expiry-2063-05-late" } })).toBe(0);
  expect((await periodIkm(parseReportPeriod("2063-05")!)).ikm.respondents).toBe(0);

  // /lacak no longer offers it as a link.
  const notice = await surveyLinkOfVerifiedRequest(db, request.registrationNumber, wita("2063-05-11", "08:00"));
  expect(notice).toEqual({ path: null, used: false, lastDay: "2063-05-10" });
  expect((await surveyLinkOfVerifiedRequest(db, request.registrationNumber, wita("2063-05-10", "08:00")))?.path).toBe(`/survei/${token}`);
});

it("an answer on the last day is stored and counted", async () => {
  const request = await completedRequest("2063-06-01", wita("2063-06-05", "14:00"), "pemohon.tepat@example.id");
  const link = await db.$transaction((tx) => ensureSurveyInvitation(tx, request.id, wita("2063-06-05", "14:00")));
  await submitSurveyResponse(answers(4), { token: link!.token! }, wita("2063-07-05", "23:50"));
  expect((await periodIkm(parseReportPeriod("2063-07")!)).ikm.respondents).toBe(1);
  expect(await invitationView(db, link!.token!, wita("2063-07-05", "23:55"))).toEqual({ kind: "used" });
});

it("a request completed long ago gets no link on /lacak and no e-mail", async () => {
  const request = await completedRequest("2064-01-05", wita("2064-01-09"), "pemohon.lama@example.id");
  // First looked up in December: the window closed on 8 February.
  const notice = await surveyLinkOfVerifiedRequest(db, request.registrationNumber, wita("2064-12-04"));
  expect(notice).toEqual({ path: null, used: false, lastDay: "2064-02-08" });
  expect(await db.surveyInvitation.count({ where: { requestId: request.id } })).toBe(0);
  expect(await db.outboxMessage.count({ where: { dedupeKey: `survey-invitation:${request.id}` } })).toBe(0);
});

it("the validity is an ADMIN setting; a new value applies to links made afterwards", async () => {
  const [admin, ppid] = await Promise.all([makeStaff("ADMIN"), makeStaff("PPID")]);
  await expect(updateSurveySettings(ppid, { linkValidityDays: "7" })).rejects.toThrow();
  const refusal = async (linkValidityDays: string) =>
    (await updateSurveySettings(admin, { linkValidityDays }).catch((error: RuleError) => error)) as RuleError;
  expect((await refusal("0")).fieldErrors).toEqual({ linkValidityDays: ["Masa berlaku minimal 1 hari."] });
  expect((await refusal("")).fieldErrors).toEqual({ linkValidityDays: ["Masa berlaku wajib diisi."] });
  expect((await refusal("91")).fieldErrors).toEqual({ linkValidityDays: ["Masa berlaku maksimal 90 hari."] });

  const before = await completedRequest("2065-03-02", wita("2065-03-03"), "pemohon.sebelum@example.id");
  const earlier = await db.$transaction((tx) => ensureSurveyInvitation(tx, before.id, wita("2065-03-03")));
  try {
    expect(await updateSurveySettings(admin, { linkValidityDays: "7" })).toEqual({ settings: { linkValidityDays: 7 }, changed: true });
    expect(await getSurveySettings()).toEqual({ linkValidityDays: 7 });
    const after = await completedRequest("2065-03-02", wita("2065-03-03"), "pemohon.sesudah@example.id");
    const later = await db.$transaction((tx) => ensureSurveyInvitation(tx, after.id, wita("2065-03-03")));
    expect(later?.lastDay).toBe("2065-03-10");
    // The link sent before the change keeps the day its e-mail promised.
    expect((await db.$transaction((tx) => ensureSurveyInvitation(tx, before.id, wita("2065-03-20"))))?.lastDay).toBe(earlier?.lastDay);
    expect(earlier?.lastDay).toBe("2065-04-02");
    const audit = await db.auditLog.findFirst({ where: { action: "UPDATE_SURVEY_SETTINGS", actorId: admin.id } });
    expect(audit).not.toBeNull();
  } finally {
    await db.setting.deleteMany({ where: { key: "survey" } }); // back to the default for the other tests
  }
});
