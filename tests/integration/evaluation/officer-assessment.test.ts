import { inflateRawSync } from "node:zlib";
import { db } from "@/lib/db";
import { ForbiddenError, type StaffUser } from "@/lib/auth/guard";
import { FINAL_LOCKED_MESSAGE, reviseOfficerAssessment, saveOfficerAssessment } from "@/lib/evaluation/assessment-services";
import { deleteAssessmentCriterion, saveAssessmentCriterion } from "@/lib/evaluation/criteria-services";
import { parseReportPeriod } from "@/lib/reports/period";
import { buildPeriodReport } from "@/lib/reports/period-report";
import { cellText } from "@/lib/reports/report-cell";
import { reportDocumentOf } from "@/lib/reports/report-document";
import { renderReportHtml } from "@/lib/reports/report-html";
import { reportTables } from "@/lib/reports/report-tables";
import { RuleError } from "@/lib/rule-error";
import { reportXlsx } from "@/lib/reports/report-xlsx";
import { DEFAULT_ASSESSMENT_CRITERIA } from "@/prisma/seed/assessment-criteria";
import { makeStaff } from "../admin/fixtures";
import { makeRoleUsers, newRequest, wita, type RoleUsers } from "../requests/staff-fixtures";

// Periods 2091–2093 belong to this file. Criteria are shared reference data: every test scores
// whatever is active, and the criterion this file adds is deactivated again at the end.
let users: RoleUsers;
let officer: StaffUser; // a second desk officer
beforeAll(async () => {
  users = await makeRoleUsers();
  officer = await makeStaff("PETUGAS");
});
afterAll(() => db.$disconnect());

const NOW = wita("2093-12-20");
const active = () => db.assessmentCriterion.findMany({ where: { active: true }, orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { id: true, code: true, weight: true } });

/** Form values scoring every active criterion with `level` (or per code), plus the overall notes. */
async function form(officerId: string, period: string, intent: "draf" | "final", level: number | Record<string, number | null> = 3) {
  const values: Record<string, string> = { officerId, period, intent, strengths: "Teliti dan ramah.", improvements: "Percepat pemberitahuan tertulis." };
  for (const c of await active()) {
    const score = typeof level === "number" ? level : level[c.code];
    values[`score-${c.id}`] = score === null || score === undefined ? "" : String(score);
    values[`note-${c.id}`] = `Catatan ${c.code}`;
  }
  return values;
}
it("the migration puts the default criteria into every database (no demo data needed)", async () => {
  const rows = await db.assessmentCriterion.findMany({ where: { code: { in: DEFAULT_ASSESSMENT_CRITERIA.map((c) => c.code) } }, orderBy: { sortOrder: "asc" }, select: { code: true, name: true, description: true, weight: true, levels: true, active: true } });
  expect(rows).toEqual(DEFAULT_ASSESSMENT_CRITERIA.map((c) => ({ ...c, levels: [...c.levels], active: true })));
});

const save = (user: StaffUser, values: Record<string, string>) => saveOfficerAssessment(user, values, db, NOW);
const refusal = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e);

it("PPID, ATASAN and ADMIN assess; PETUGAS, AUDITOR and PIMPINAN are refused; nobody assesses themselves; the PPID is assessed by the Atasan", async () => {
  const before = await db.officerAssessment.count();
  for (const role of ["PETUGAS", "AUDITOR", "PIMPINAN"] as const) {
    await expect(save(users[role], await form(officer.id, "2091-01", "draf"))).rejects.toThrow(ForbiddenError);
  }
  await expect(save(users.PPID, await form(users.PPID.id, "2091-01", "draf"))).rejects.toThrow("Anda tidak dapat menilai kinerja Anda sendiri.");
  await expect(save(users.PPID, await form(users.ATASAN.id, "2091-01", "draf"))).rejects.toThrow(/hanya Petugas Pelayanan Informasi dan PPID Pelaksana/);
  const otherPpid = await makeStaff("PPID");
  await expect(save(users.PPID, await form(otherPpid.id, "2091-01", "draf"))).rejects.toThrow("Kinerja PPID Pelaksana dinilai oleh Atasan PPID.");
  await expect(save(users.PPID, await form(officer.id, "2094-01", "draf"))).rejects.toThrow(/belum dimulai/);
  await expect(save(users.PPID, await form(officer.id, "2001", "final", 3))).rejects.toThrow(/^Akun petugas ini dibuat pada \d{1,2} [A-Z][a-z]+ 20\d\d; periode sebelum itu tidak dapat dinilai\.$/);
  expect(await db.officerAssessment.count()).toBe(before);

  const byAtasan = await save(users.ATASAN, await form(users.PPID.id, "2091-S1", "draf"));
  expect(byAtasan.status).toBe("DRAFT");
  expect((await save(users.ADMIN, await form(officer.id, "2091", "draf"))).status).toBe("DRAFT");
  expect(await db.auditLog.count({ where: { entityId: byAtasan.id, action: "OFFICER_ASSESSMENT_SAVED" } })).toBe(1);
});

it("refuses to finalise while a criterion is unscored (errors at each such criterion), then finalises and locks", async () => {
  const [first, ...rest] = await active();
  const partial = Object.fromEntries([[first.code, 4], ...rest.map((c) => [c.code, null])]);
  const draft = await save(users.PPID, await form(users.PETUGAS.id, "2091-02", "draf", partial));
  expect(draft).toMatchObject({ status: "DRAFT", total: null, partial: 100 });

  const error = (await refusal(save(users.PPID, { ...(await form(users.PETUGAS.id, "2091-02", "final", partial)), strengths: "" }))) as RuleError;
  expect(error).toBeInstanceOf(RuleError);
  expect(error.message).toBe(`Masih ada ${rest.length} kriteria yang belum dinilai.`);
  expect(Object.keys(error.fieldErrors).sort()).toEqual([...rest.map((c) => `score-${c.id}`), "strengths"].sort());
  await expect(save(users.PPID, { ...(await form(users.PETUGAS.id, "2091-02", "draf")), [`score-${first.id}`]: "5" })).rejects.toThrow(RuleError);

  const final = await save(users.PPID, await form(users.PETUGAS.id, "2091-02", "final", 3));
  expect(final).toMatchObject({ id: draft.id, status: "FINAL", total: 75 });
  const row = await db.officerAssessment.findUniqueOrThrow({ where: { id: draft.id }, select: { status: true, totalScore: true, category: true, finalizedAt: true, assessorId: true } });
  expect(row).toMatchObject({ status: "FINAL", totalScore: 75, category: "BAIK", assessorId: users.PPID.id });

  await expect(save(users.PPID, await form(users.PETUGAS.id, "2091-02", "draf", 4))).rejects.toThrow(FINAL_LOCKED_MESSAGE);
  await expect(save(users.ATASAN, await form(users.PETUGAS.id, "2091-02", "final", 4))).rejects.toThrow(FINAL_LOCKED_MESSAGE);
  // The trigger holds for any writer, not only the service.
  await expect(db.officerAssessment.update({ where: { id: draft.id }, data: { totalScore: 99 } })).rejects.toThrow(/terkunci/);
  await expect(db.officerAssessmentScore.updateMany({ where: { assessmentId: draft.id }, data: { score: 4 } })).rejects.toThrow(/terkunci/);
  expect(await db.auditLog.count({ where: { entityId: draft.id, action: "OFFICER_ASSESSMENT_FINALIZED" } })).toBe(1);
});

it("editing a criterion never changes a finalised assessment; a correction is a new revision that keeps the snapshot", async () => {
  const added = await saveAssessmentCriterion(users.PPID, null, {
    code: "UJI-RESPONS", name: "Kecepatan respons surel", description: "Surel pemohon dibalas pada hari kerja yang sama.", weight: "20",
    level1: "Lebih dari 3 hari.", level2: "2–3 hari.", level3: "Hari berikutnya.", level4: "Hari yang sama.", sortOrder: "900", active: "on",
  });
  await expect(saveAssessmentCriterion(users.PETUGAS, null, { code: "X-1" })).rejects.toThrow(ForbiddenError);
  await expect(saveAssessmentCriterion(users.ADMIN, null, { code: "UJI-RESPONS", name: "Lain", description: "d", weight: "1", level1: "a", level2: "b", level3: "c", level4: "d", sortOrder: "1", active: "on" }))
    .rejects.toThrow("Kode sudah dipakai kriteria lain.");

  // Everything 3 except the new criterion at 4: weights W (defaults) + 20 → (3W + 80) / (4W + 80).
  const criteria = await active();
  const weights = criteria.reduce((s, c) => s + c.weight, 0) - 20;
  const expected = Math.round(((3 * weights + 80) / (4 * weights + 80)) * 10000) / 100;
  const saved = await save(users.PPID, await form(officer.id, "2092-03", "final", Object.fromEntries(criteria.map((c) => [c.code, c.code === "UJI-RESPONS" ? 4 : 3]))));
  expect(saved.total).toBe(expected);

  await saveAssessmentCriterion(users.ADMIN, added.id, {
    code: "UJI-RESPONS", name: "Respons surel (diubah)", description: "Diubah.", weight: "60",
    level1: "a", level2: "b", level3: "c", level4: "d", sortOrder: "900", active: "on",
  });
  const frozen = await db.officerAssessment.findUniqueOrThrow({ where: { id: saved.id }, select: { totalScore: true, scores: { where: { criterionId: added.id }, select: { criterionName: true, weight: true } } } });
  expect(frozen).toEqual({ totalScore: expected, scores: [{ criterionName: "Kecepatan respons surel", weight: 20 }] });
  const report = await buildPeriodReport(parseReportPeriod("2092-03")!, NOW);
  expect(report.officers.find((o) => o.officerId === officer.id)?.rubric).toMatchObject({ status: "FINAL", total: expected });

  // A used criterion is deactivated, never deleted.
  await expect(deleteAssessmentCriterion(users.PPID, added.id)).rejects.toThrow(/tidak dapat dihapus/);

  // Correction: a draft revision 2 copying the snapshot; revision 1 stays final and valid until revision 2 is final.
  await expect(reviseOfficerAssessment(users.PPID, { assessmentId: saved.id, reason: "" })).rejects.toThrow(RuleError);
  await expect(reviseOfficerAssessment(users.PETUGAS, { assessmentId: saved.id, reason: "x" })).rejects.toThrow(ForbiddenError);
  const revisionId = await reviseOfficerAssessment(users.PPID, { assessmentId: saved.id, reason: "Nilai respons surel dikoreksi." });
  const revision = await db.officerAssessment.findUniqueOrThrow({ where: { id: revisionId }, select: { revision: true, status: true, revisionOfId: true, scores: { where: { criterionId: added.id }, select: { weight: true, score: true } } } });
  expect(revision).toEqual({ revision: 2, status: "DRAFT", revisionOfId: saved.id, scores: [{ weight: 20, score: 4 }] });
  await expect(reviseOfficerAssessment(users.PPID, { assessmentId: saved.id, reason: "lagi" })).rejects.toThrow(/draf dapat diubah langsung|revisi ke-2/);
  const pending = (await buildPeriodReport(parseReportPeriod("2092-03")!, NOW)).officers.find((o) => o.officerId === officer.id)?.rubric;
  expect(pending).toMatchObject({ status: "FINAL", revision: 1, correctionPending: true });

  // Finalising the revision uses today's criteria (the edited weight 60).
  const corrected = await save(users.PPID, await form(officer.id, "2092-03", "final", 4));
  expect(corrected).toMatchObject({ id: revisionId, total: 100 });
  expect(await db.officerAssessmentScore.findFirst({ where: { assessmentId: revisionId, criterionId: added.id }, select: { weight: true, criterionName: true } })).toEqual({ weight: 60, criterionName: "Respons surel (diubah)" });
  expect(await db.officerAssessment.findUniqueOrThrow({ where: { id: saved.id }, select: { totalScore: true } })).toEqual({ totalScore: expected });

  await saveAssessmentCriterion(users.PPID, added.id, { code: "UJI-RESPONS", name: "Respons surel (diubah)", description: "Diubah.", weight: "60", level1: "a", level2: "b", level3: "c", level4: "d", sortOrder: "900" });
  expect((await active()).some((c) => c.id === added.id)).toBe(false);
  expect(await db.auditLog.count({ where: { entityId: added.id, entityType: "AssessmentCriterion" } })).toBe(3);
});

it("an unused criterion can be deleted", async () => {
  const extra = await saveAssessmentCriterion(users.PPID, null, { code: "UJI-HAPUS", name: "Coba", description: "Coba.", weight: "5", level1: "a", level2: "b", level3: "c", level4: "d", sortOrder: "950" });
  await deleteAssessmentCriterion(users.PPID, extra.id);
  expect(await db.assessmentCriterion.findUnique({ where: { id: extra.id } })).toBeNull();
});

/** Entries of the XLSX (a ZIP) as text. */
function zipEntries(zip: Buffer): string {
  let out = "";
  for (let at = 0; zip.readUInt32LE(at) === 0x04034b50; ) {
    const [method, size, nameLength, extra] = [zip.readUInt16LE(at + 8), zip.readUInt32LE(at + 18), zip.readUInt16LE(at + 26), zip.readUInt16LE(at + 28)];
    const data = zip.subarray(at + 30 + nameLength + extra, at + 30 + nameLength + extra + size);
    out += (method === 8 ? inflateRawSync(data) : data).toString("utf8");
    at += 30 + nameLength + extra + size;
  }
  return out;
}

it("the period report shows the rubric score and category, 'belum dinilai' and the assessor's notes (screen, HTML/PDF, XLSX)", async () => {
  const handled = await newRequest(wita("2093-05-11"));
  await db.informationRequest.update({ where: { id: handled }, data: { assignedToId: users.PETUGAS.id } });
  const unassessed = await newRequest(wita("2093-05-12"));
  await db.informationRequest.update({ where: { id: unassessed }, data: { assignedToId: officer.id } });
  const criteria = await active();
  // Defaults (weights 20/20/20/15/15/10) at 4/3/3/4/3/3 → 83.75 when only the defaults are active.
  const levels: Record<string, number> = { REGULASI: 4, "KETEPATAN-WAKTU": 3, "KUALITAS-JAWABAN": 3, "SIKAP-ETIKA": 4, DOKUMENTASI: 3, "KERJA-SAMA": 3 };
  expect(criteria.map((c) => c.code).sort()).toEqual(Object.keys(levels).sort());
  await save(users.PPID, { ...(await form(users.PETUGAS.id, "2093-05", "final", levels)), strengths: "Register selalu lengkap.", improvements: "Kuasai uji konsekuensi." });
  await save(users.ATASAN, await form(users.PPID.id, "2093-05", "draf", 3));

  const report = await buildPeriodReport(parseReportPeriod("2093-05")!, NOW);
  const tables = reportTables(report);
  const officers = tables.find((t) => t.id === "petugas")!;
  expect(officers.header.slice(-2)).toEqual(["Nilai kinerja (rubrik)", "Kategori kinerja"]);
  // Test users share a display name: the table rows follow report.officers, so find them by id.
  // Received in May, no notice by 20 December: each request is overdue, so 0% on time.
  const rowOf = (id: string) => officers.rows[report.officers.findIndex((o) => o.officerId === id)].map(cellText);
  expect(rowOf(users.PETUGAS.id)).toEqual([users.PETUGAS.name, "1", "0%", "–", "1", "–", "0", "0", "83,75", "Baik"]);
  expect(rowOf(officer.id)).toEqual([officer.name, "1", "0%", "–", "1", "–", "0", "0", "belum dinilai", "–"]);
  expect(report.officers.find((o) => o.officerId === users.PPID.id)?.rubric).toMatchObject({ status: "DRAFT" });
  const notes = tables.find((t) => t.id === "penilaian-petugas")!;
  expect(notes.rows.map((r) => r.map(cellText))).toEqual([[users.PETUGAS.name, "83,75", "Baik", expect.stringContaining(users.PPID.name), "Register selalu lengkap.", "Kuasai uji konsekuensi."]]);
  expect(tables.find((t) => t.id === "rincian-penilaian")!.rows).toContainEqual([users.PETUGAS.name, "Penguasaan regulasi KIP dan SOP", 20, 4, "Catatan REGULASI"]);

  const doc = await reportDocumentOf(report);
  const html = renderReportHtml(doc);
  expect(html).toContain("<td>83,75</td><td>Baik</td>");
  expect(html).toContain("Kuasai uji konsekuensi.");
  expect(html).toContain("belum dinilai");
  // The spreadsheet: the score and the 0% on time are numbers with a format; every sheet says whose report of which period.
  const xlsx = zipEntries(reportXlsx(doc));
  expect(xlsx).toMatch(/<c r="I\d+" s="\d+"><v>83\.75<\/v><\/c><c r="J\d+" t="inlineStr"><is><t xml:space="preserve">Baik<\/t>/);
  expect(xlsx).toMatch(/<c r="C\d+" s="\d+"><v>0<\/v><\/c>/);
  expect(xlsx).toContain('formatCode="0.0%"');
  expect(xlsx).toContain("Register selalu lengkap.");
  expect(xlsx).toContain(`<t xml:space="preserve">${doc.agency.name}</t>`);
  expect(xlsx).toContain('<t xml:space="preserve">Periode Mei 2093</t>');
});
