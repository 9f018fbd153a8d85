import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/auth/guard";
import { saveMonevAnswers } from "@/lib/monev/assessment";
import { removeMonevQuestion, saveMonevQuestion } from "@/lib/monev/questions";
import { RuleError } from "@/lib/rule-error";
import { makeRoleUsers, type RoleUsers } from "./fixtures";

// Monev year 2063 belongs to this file only.
const YEAR = 2063;
let users: RoleUsers;
let indicatorId: string;
beforeAll(async () => {
  users = await makeRoleUsers();
  const indicator = await db.monevIndicator.create({
    data: { year: YEAR, code: "DIGITALISASI", name: "Digitalisasi", weight: 100, order: 0, questions: { create: [{ text: "Apakah tersedia portal informasi publik yang dapat diakses 24 jam?", order: 0 }] } },
    select: { id: true },
  });
  indicatorId = indicator.id;
});
afterAll(() => db.$disconnect());

const questionsOf = () => db.monevQuestion.findMany({ where: { indicatorId }, orderBy: { order: "asc" }, select: { id: true, text: true, maxScore: true, order: true } });

it("the PPID adds, rewrites and removes questions until the year is completed; others are refused", async () => {
  const input = { indicatorId, text: "Apakah DIP tersedia dalam format data terbuka (CSV/JSON)?", maxScore: "4" };
  await expect(saveMonevQuestion(users.PETUGAS, null, input)).rejects.toBeInstanceOf(ForbiddenError);
  const short = await saveMonevQuestion(users.PPID, null, { ...input, text: "DIP?" }).catch((e) => e);
  expect(Object.keys((short as RuleError).fieldErrors)).toEqual(["text"]);
  const scale = await saveMonevQuestion(users.PPID, null, { ...input, maxScore: "0" }).catch((e) => e);
  expect(Object.keys((scale as RuleError).fieldErrors)).toEqual(["maxScore"]);

  await saveMonevQuestion(users.PPID, null, input);
  let questions = await questionsOf();
  expect(questions.map((q) => [q.order, q.maxScore])).toEqual([[0, 4], [1, 4]]);

  // A draft answer of 3 blocks lowering the scale below it; the question text can still change.
  await saveMonevAnswers(users.PPID, YEAR, { [`score-${questions[1].id}`]: "3" }, false);
  const lowered = await saveMonevQuestion(users.PPID, questions[1].id, { ...input, maxScore: "2" }).catch((e) => e);
  expect(Object.keys((lowered as RuleError).fieldErrors)).toEqual(["maxScore"]);
  await saveMonevQuestion(users.ADMIN, questions[1].id, { ...input, text: "Apakah DIP diterbitkan sebagai data terbuka (CSV dan JSON)?", maxScore: "5" });
  expect((await questionsOf())[1]).toMatchObject({ text: "Apakah DIP diterbitkan sebagai data terbuka (CSV dan JSON)?", maxScore: 5 });

  // Removing takes its draft answer along; the last question of an indicator stays.
  await removeMonevQuestion(users.PPID, questions[1].id);
  expect(await db.monevAnswer.count({ where: { questionId: questions[1].id } })).toBe(0);
  questions = await questionsOf();
  expect(questions).toHaveLength(1);
  await expect(removeMonevQuestion(users.PPID, questions[0].id)).rejects.toThrow(/minimal satu pertanyaan/);
  expect(await db.auditLog.count({ where: { action: { in: ["MONEV_QUESTION_ADDED", "MONEV_QUESTION_UPDATED", "MONEV_QUESTION_REMOVED"] }, actorId: { in: [users.PPID.id, users.ADMIN.id] } } })).toBe(3);

  // A completed year is read-only.
  await saveMonevAnswers(users.PPID, YEAR, { [`score-${questions[0].id}`]: "4" }, true);
  await expect(saveMonevQuestion(users.PPID, null, input)).rejects.toThrow(/sudah diselesaikan/);
  await expect(saveMonevQuestion(users.PPID, questions[0].id, input)).rejects.toThrow(/sudah diselesaikan/);
});
