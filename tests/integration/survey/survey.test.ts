import { db } from "@/lib/db";
import { parseReportPeriod } from "@/lib/reports/period";
import { RuleError } from "@/lib/rule-error";
import { periodIkm } from "@/lib/survey/ikm-queries";
import { ensureSurveyInvitation, findInvitation } from "@/lib/survey/invitations";
import { surveySchema } from "@/lib/survey/schema";
import { submitSurveyResponse } from "@/lib/survey/submit-response";
import { newRequest, wita } from "../requests/staff-fixtures";

afterAll(() => db.$disconnect());

const raw = (score: number, extra: Record<string, string> = {}) => ({
  sex: "PEREMPUAN", age: "34", education: "D4/S1", occupation: "Wiraswasta", serviceReceived: "Permohonan informasi", suggestion: "",
  ...Object.fromEntries(["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"].map((u) => [u, String(score)])),
  ...extra,
});
const answers = (score: number, extra: Record<string, string> = {}) => surveySchema.parse(raw(score, extra));

it("the schema refuses a missing unsur at its field", () => {
  const parsed = surveySchema.safeParse(raw(3, { u4: "" }));
  expect(parsed.success).toBe(false);
  expect(parsed.error?.issues[0].path).toEqual(["u4"]);
});

it("a completed request gets one invitation (e-mailed once) whose link answers exactly once", async () => {
  const id = await newRequest(wita("2061-05-04"), { email: "pemohon.skm@example.id" });
  expect(await ensureSurveyInvitation(db, id)).toBeNull(); // not completed yet
  await db.informationRequest.update({ where: { id }, data: { status: "SELESAI", closedAt: wita("2061-05-10") } });
  const first = await db.$transaction((tx) => ensureSurveyInvitation(tx, id));
  const again = await db.$transaction((tx) => ensureSurveyInvitation(tx, id));
  expect(first?.token).toBe(again?.token);
  expect(await db.outboxMessage.count({ where: { dedupeKey: `survey-invitation:${id}` } })).toBe(1);
  // The mailed link must open from a mail client: absolute, ending in the one-time token.
  const mail = await db.outboxMessage.findFirstOrThrow({ where: { dedupeKey: `survey-invitation:${id}` }, select: { body: true } });
  expect(mail.body).toMatch(new RegExp(`\\bhttps?://[^\\s/]+/survei/${first!.token}\\s`));

  await submitSurveyResponse(answers(4), { token: first!.token }, wita("2061-05-11"));
  await expect(submitSurveyResponse(answers(1), { token: first!.token }, wita("2061-05-11"))).rejects.toThrow(RuleError);
  const invitation = await findInvitation(db, first!.token!);
  expect(invitation?.usedAt).toEqual(wita("2061-05-11"));
  expect(await db.surveyResponse.count({ where: { invitationId: invitation!.id } })).toBe(1);
});

it("the open form is deduplicated by its submission key; IKM of the period is computed with the sample check", async () => {
  const key = "skm-test-key-2061-06-aaaa";
  await submitSurveyResponse(answers(3), { submissionKey: key }, wita("2061-06-02"));
  await submitSurveyResponse(answers(3), { submissionKey: key }, wita("2061-06-02")); // replay
  await submitSurveyResponse(answers(4, { u3: "2" }), { submissionKey: null }, wita("2061-06-03"));
  await newRequest(wita("2061-06-05"));

  const result = await periodIkm(parseReportPeriod("2061-06")!);
  // Two respondents: U3 (3+2)/2 = 2.5, the other eight (3+4)/2 = 3.5. Σ NRR = 30.5 → IKM 30.5 × 25/9 = 84.72 (B).
  expect(result.ikm).toMatchObject({ respondents: 2, ikm: 84.72, mutu: "B" });
  expect(result.weak).toEqual(["U3"]);
  expect(result.sample).toMatchObject({ population: 1, needed: 1, adequate: true });

  const quarter = await periodIkm(parseReportPeriod("2061-Q2")!);
  expect(quarter.ikm.respondents).toBe(3); // May invitation answer + two June answers
  expect(quarter.sample).toMatchObject({ population: 2, needed: 2 });
});

it("the same form sent several times at once (double tap) is stored once and every sender is thanked", async () => {
  const key = "skm-test-key-2062-01-race";
  const sends = Array.from({ length: 6 }, () => submitSurveyResponse(answers(4), { submissionKey: key }, wita("2062-01-05")));
  await expect(Promise.all(sends)).resolves.toHaveLength(6);
  expect(await db.surveyResponse.count({ where: { submissionKey: key } })).toBe(1);

  // The same with a one-time link: the twin that spent the link stored this very answer.
  const id = await newRequest(wita("2062-01-06"), { email: "pemohon.ganda@example.id" });
  await db.informationRequest.update({ where: { id }, data: { status: "SELESAI", closedAt: wita("2062-01-08") } });
  const invitation = await db.$transaction((tx) => ensureSurveyInvitation(tx, id));
  const linked = Array.from({ length: 4 }, () => submitSurveyResponse(answers(3), { token: invitation!.token, submissionKey: "skm-test-key-2062-01-link" }, wita("2062-01-09")));
  await expect(Promise.all(linked)).resolves.toHaveLength(4);
  expect(await db.surveyResponse.count({ where: { submissionKey: "skm-test-key-2062-01-link" } })).toBe(1);
  // A different form on a spent link is still refused.
  await expect(submitSurveyResponse(answers(1), { token: invitation!.token, submissionKey: "skm-test-key-2062-01-other" }, wita("2062-01-09"))).rejects.toThrow(RuleError);
});
