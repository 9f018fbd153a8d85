import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/auth/guard";
import type { Role } from "@/lib/generated/prisma/enums";
import { saveMonevAnswers, setMonevVisitScore } from "@/lib/monev/assessment";
import { DEFAULT_MONEV_INDICATORS } from "@/lib/monev/scoring";
import { acknowledgeGuide, publishGuideVersion } from "@/lib/guides/services";
import { publicStandards } from "@/lib/guides/queries";
import { addTrainingParticipant, createTrainingEvent } from "@/lib/training/services";
import { RuleError } from "@/lib/rule-error";
import { makeRoleUsers, ROLES, type RoleUsers } from "./fixtures";

// Monev years 2051–2052 belong to this file only.
let users: RoleUsers;
beforeAll(async () => {
  users = await makeRoleUsers();
});
afterAll(() => db.$disconnect());

async function makeMonevYear(year: number) {
  const questions: string[] = [];
  for (const [order, def] of DEFAULT_MONEV_INDICATORS.entries()) {
    const ind = await db.monevIndicator.create({
      data: { year, ...def, order, questions: { create: [{ text: `${def.name} 1`, order: 0 }, { text: `${def.name} 2`, order: 1 }] } },
      select: { questions: { orderBy: { order: "asc" }, select: { id: true } } },
    });
    questions.push(...ind.questions.map((q) => q.id));
  }
  return questions;
}

describe("Monev self-assessment", () => {
  it("only ADMIN and PPID may answer; completion needs every answer and stores the weighted score", async () => {
    const questions = await makeMonevYear(2051);
    const all = (score: string) => Object.fromEntries(questions.map((id) => [`score-${id}`, score]));
    for (const role of ROLES) {
      const allowed = role === "ADMIN" || role === "PPID";
      const p = saveMonevAnswers(users[role], 2051, all("2"), false);
      if (allowed) await expect(p).resolves.toBeDefined();
      else {
        await expect(p).rejects.toBeInstanceOf(ForbiddenError);
        await expect(setMonevVisitScore(users[role], 2051, "80")).rejects.toBeInstanceOf(ForbiddenError);
      }
    }
    // One answer missing → refused at that question, nothing completed.
    const partial = { ...all("4"), [`score-${questions[11]}`]: "" };
    const refused = await saveMonevAnswers(users.PPID, 2051, partial, true).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RuleError);
    expect((refused as RuleError).fieldErrors[`score-${questions[11]}`]).toEqual(["Pilih jawaban."]);
    expect((await db.monevAssessment.findUniqueOrThrow({ where: { year: 2051 } })).status).toBe("DRAFT");
    await expect(saveMonevAnswers(users.PPID, 2051, { ...all("4"), [`score-${questions[0]}`]: "7" }, false)).rejects.toBeInstanceOf(RuleError);

    // Sarana dan prasarana (10 %, last two questions) at 1 and 2 → 37.5; the rest 100 → 90 + 3.75 = 93.75.
    const result = await saveMonevAnswers(users.PPID, 2051, { ...all("4"), [`score-${questions[10]}`]: "1", [`score-${questions[11]}`]: "2", [`link-${questions[0]}`]: "https://contoh.go.id/dukung.pdf" }, true);
    expect(result.selfScore).toBe(93.75);
    expect(result.weak.map((w) => w.code)).toEqual(["SARANA_PRASARANA"]);
    const stored = await db.monevAssessment.findUniqueOrThrow({ where: { year: 2051 }, include: { answers: true } });
    expect(stored).toMatchObject({ status: "SELESAI", selfScore: 93.75, completedById: users.PPID.id });
    expect(stored.answers.find((a) => a.questionId === questions[0])?.evidenceLink).toBe("https://contoh.go.id/dukung.pdf");
    await expect(saveMonevAnswers(users.PPID, 2051, all("0"), false)).rejects.toThrow(/sudah diselesaikan/);

    await expect(setMonevVisitScore(users.PPID, 2051, "101")).rejects.toThrow(/antara 0 dan 100/);
    await setMonevVisitScore(users.PPID, 2051, "80,5");
    expect((await db.monevAssessment.findUniqueOrThrow({ where: { year: 2051 } })).visitScore).toBe(80.5);
  });

  it("a year without indicators is refused", async () => {
    await expect(saveMonevAnswers(users.PPID, 2059, {}, false)).rejects.toThrow("Indikator Monev tahun 2059 belum ditetapkan.");
  });
});

describe("guide library", () => {
  it("only ADMIN and PPID publish; versions count up; the portal shows the version in force", async () => {
    const code = `UJI-${Date.now()}`;
    const doc = await db.guideDocument.create({ data: { code, title: `Standar uji ${code}`, kind: "STANDAR", isPublic: true } });
    const input = (body: string, effectiveDate: string) => ({ documentId: doc.id, body, effectiveDate, approverName: "Kepala Dinas", changeNote: "" });
    for (const role of ROLES as Role[]) {
      if (role === "ADMIN" || role === "PPID") continue;
      await expect(publishGuideVersion(users[role], input("Isi standar yang tidak boleh terbit.", "2020-01-01"))).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await db.guideVersion.count({ where: { documentId: doc.id } })).toBe(0);
    await expect(publishGuideVersion(users.ADMIN, input("pendek", "2020-01-01"))).rejects.toBeInstanceOf(RuleError);
    expect(await publishGuideVersion(users.ADMIN, input("Versi pertama standar layanan uji.", "2020-01-01"))).toBe(1);
    expect(await publishGuideVersion(users.PPID, input("Versi kedua standar layanan uji.", "2021-01-01"))).toBe(2);
    expect(await publishGuideVersion(users.ADMIN, input("Versi ketiga, berlaku kelak.", "2099-01-01"))).toBe(3);
    const shown = (await publicStandards()).find((d) => d.code === code);
    expect(shown?.current).toMatchObject({ version: 2, body: "Versi kedua standar layanan uji." });

    await acknowledgeGuide(users.PETUGAS, doc.id);
    await acknowledgeGuide(users.PETUGAS, doc.id); // once per version
    const acks = await db.guideAcknowledgement.findMany({ where: { userId: users.PETUGAS.id, version: { documentId: doc.id } }, select: { version: { select: { version: true } } } });
    expect(acks).toEqual([{ version: { version: 2 } }]);
  });
});

describe("training records", () => {
  it("only ADMIN and PPID record trainings and participants", async () => {
    const input = { title: "Bimtek uji pelayanan", organiser: "KI Provinsi NTT", date: "2051-03-01", hours: "7,5", topic: "Standar layanan", competency: "Standar layanan informasi publik" };
    for (const role of ROLES as Role[]) {
      if (role === "ADMIN" || role === "PPID") continue;
      await expect(createTrainingEvent(users[role], input)).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(createTrainingEvent(users.PPID, { ...input, hours: "0" })).rejects.toBeInstanceOf(RuleError);
    const eventId = await createTrainingEvent(users.PPID, input);
    expect((await db.trainingEvent.findUniqueOrThrow({ where: { id: eventId } })).hours).toBe(7.5);
    await expect(addTrainingParticipant(users.PETUGAS, eventId, users.PETUGAS.id, null)).rejects.toBeInstanceOf(ForbiddenError);
    await addTrainingParticipant(users.ADMIN, eventId, users.PETUGAS.id, null);
    await expect(addTrainingParticipant(users.ADMIN, eventId, users.PETUGAS.id, null)).rejects.toThrow("Pegawai ini sudah tercatat sebagai peserta.");
    expect(await db.trainingParticipant.count({ where: { eventId } })).toBe(1);
  });
});

describe("Monev indicators as yearly data", () => {
  it("a new year copies the latest earlier year; weights must add up to 100", async () => {
    const { setUpMonevYear, updateMonevWeights } = await import("@/lib/monev/indicators");
    await expect(setUpMonevYear(users.PETUGAS, 2052)).rejects.toBeInstanceOf(ForbiddenError);
    await setUpMonevYear(users.PPID, 2052); // copies 2051 (created above)
    const copied = await db.monevIndicator.findMany({ where: { year: 2052 }, orderBy: { order: "asc" }, include: { questions: true } });
    expect(copied.map((i) => [i.code, i.weight, i.questions.length])).toEqual(DEFAULT_MONEV_INDICATORS.map((d) => [d.code, d.weight, 2]));
    await expect(setUpMonevYear(users.PPID, 2052)).rejects.toThrow(/sudah ditetapkan/);

    const weights = (values: number[]) => Object.fromEntries(copied.map((i, n) => [`weight-${i.id}`, String(values[n])]));
    await expect(updateMonevWeights(users.PPID, 2052, weights([40, 20, 10, 10, 10, 5]))).rejects.toThrow("Jumlah bobot harus 100% (sekarang 95%).");
    await updateMonevWeights(users.ADMIN, 2052, weights([35, 25, 10, 10, 10, 10]));
    expect((await db.monevIndicator.findMany({ where: { year: 2052 }, orderBy: { order: "asc" } })).map((i) => i.weight)).toEqual([35, 25, 10, 10, 10, 10]);
    // The year before keeps its own weights.
    expect((await db.monevIndicator.findMany({ where: { year: 2051 }, orderBy: { order: "asc" } })).map((i) => i.weight)).toEqual([40, 20, 10, 10, 10, 10]);
    await expect(updateMonevWeights(users.PPID, 2051, weights([40, 20, 10, 10, 10, 10]))).rejects.toThrow(/sudah diselesaikan/);
  });
});

describe("library documents and required competencies", () => {
  it("only ADMIN and PPID create documents; codes are unique", async () => {
    const { createGuideDocument } = await import("@/lib/guides/services");
    const code = `SOP-${String(Date.now()).slice(-6)}`;
    const input = { code, title: "SOP uji dokumen baru", kind: "SOP", isPublic: "", body: "Langkah-langkah pelayanan uji yang cukup panjang.", effectiveDate: "2020-01-01", approverName: "Atasan PPID", changeNote: "" };
    await expect(createGuideDocument(users.PETUGAS, input)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.guideDocument.count({ where: { code } })).toBe(0);
    const id = await createGuideDocument(users.ADMIN, input);
    expect(await db.guideVersion.findMany({ where: { documentId: id }, select: { version: true } })).toEqual([{ version: 1 }]);
    await expect(createGuideDocument(users.PPID, input)).rejects.toThrow(`Kode ${code} sudah dipakai.`);
  });

  it("only ADMIN and PPID add required competencies", async () => {
    const { addRoleCompetency } = await import("@/lib/training/services");
    const name = `Kompetensi uji ${Date.now()}`;
    await expect(addRoleCompetency(users.AUDITOR, "PETUGAS", name)).rejects.toBeInstanceOf(ForbiddenError);
    await addRoleCompetency(users.PPID, "PETUGAS", name);
    await expect(addRoleCompetency(users.ADMIN, "PETUGAS", name)).rejects.toThrow(/sudah wajib/);
    await expect(addRoleCompetency(users.ADMIN, "BUKAN_PERAN", name)).rejects.toThrow("Pilih peran.");
    expect(await db.roleCompetency.count({ where: { competency: name } })).toBe(1);
  });
});
