import { calendarDateFromUtcDate } from "@/lib/deadlines";
import { seedDemoData } from "@/prisma/seed/seed-demo";
import { createScratchDatabase, type ScratchDatabase } from "../support/scratch-database";

// Demo keberatan and pengaduan: present, numbered from 0001, consistent with their requests.
let scratch: ScratchDatabase;
beforeAll(async () => {
  scratch = await createScratchDatabase("ppid_seed_issue3");
  await seedDemoData(scratch.client);
}, 180_000);
afterAll(async () => {
  await scratch?.drop();
});

it("seeds keberatan in several states against refused requests, and pengaduan in every status", async () => {
  const objections = await scratch.client.objection.findMany({ orderBy: [{ year: "asc" }, { sequence: "asc" }], include: { request: true } });
  expect(objections.length).toBeGreaterThanOrEqual(3);
  expect(objections.filter((o) => o.grounds.includes("A_DITOLAK_DIKECUALIKAN")).every((o) => o.request.outcome === "DITOLAK_DIKECUALIKAN")).toBe(true);
  // One ground g objection settled by musyawarah, about a notice that came late.
  const settled = objections.filter((o) => o.status === "DISELESAIKAN_MUSYAWARAH");
  expect(settled).toHaveLength(1);
  expect(settled[0].grounds).toEqual(["G_MELEBIHI_WAKTU"]);
  expect(settled[0].request.noticeDate! > settled[0].request.dueDate!).toBe(true);
  expect(settled[0].answerDate! <= new Date("2026-12-03")).toBe(true);
  expect(objections.every((o) => o.receivedAt >= o.request.receivedAt)).toBe(true);
  expect(new Set(objections.map((o) => o.status)).size).toBeGreaterThanOrEqual(2);
  expect(objections.some((o) => o.late && o.lateAcceptedAt)).toBe(true);
  expect(objections.filter((o) => o.decision).every((o) => o.answerDate && calendarDateFromUtcDate(o.answerDate) <= "2026-12-03")).toBe(true);

  const complaints = await scratch.client.complaint.findMany({ orderBy: { sequence: "asc" } });
  expect(complaints.map((c) => c.registrationNumber)).toEqual(complaints.map((_, i) => `${String(i + 1).padStart(4, "0")}/ADU/PPID-DPP/2026`));
  expect(new Set(complaints.map((c) => c.status))).toEqual(new Set(["BARU", "DITELAAH", "DITANGGAPI", "SELESAI"]));
  expect(complaints.filter((c) => c.anonymous).every((c) => !c.contactName && !c.contactPhone)).toBe(true);
});
