import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { calendarDateFromUtcDate } from "@/lib/deadlines";
import { loadClock } from "@/lib/deadlines/calendar-store";
import { officeRange, parseReportPeriod } from "@/lib/reports/period";
import { DEFAULT_INBOX_FILTER, INBOX_PAGE_SIZE, type InboxFilter } from "@/lib/requests/inbox-filters";
import { findInboxPage, INBOX_ORDER, inboxDates, type InboxDates } from "@/lib/requests/inbox-query";
import { registerRows } from "@/lib/requests/register";
import { assignRequest } from "@/lib/requests/services/assign-request";
import { pauseRequest } from "@/lib/requests/services/clarification";
import { decideRequest } from "@/lib/requests/services/decide-request";
import { makeRoleUsers, newRequest, wita, type RoleUsers } from "./staff-fixtures";

// Year 2043 (no holiday data). "Today" is Tue 2043-03-17; due soon = up to Fri 03-20.
// Every request here carries a random surname, and every query searches for it, so rows written by
// other test files never count.
const NOW = wita("2043-03-17");
const surname = Array.from({ length: 8 }, () => String.fromCharCode(97 + randomInt(26))).join("");
const named = (first: string) => ({ applicantName: `${first} ${surname}` });

let users: RoleUsers;
let dates: InboxDates;
const ids: Record<string, string> = {};

beforeAll(async () => {
  users = await makeRoleUsers();
  dates = inboxDates(await loadClock(), NOW);
  ids.overdue = await newRequest(wita("2043-03-02", "09:00"), named("Lewat")); // due Mon 03-16
  ids.decided = await newRequest(wita("2043-03-02", "09:30"), named("Putus")); // due 03-16, decided
  ids.soon = await newRequest(wita("2043-03-04", "09:00"), named("Segera")); // due Wed 03-18
  ids.later = await newRequest(wita("2043-03-09", "09:00"), named("Nanti")); // due Mon 03-23
  ids.paused = await newRequest(wita("2043-03-10", "09:00"), named("Jeda")); // due unknown while paused
  for (let i = 0; i < 22; i++) await newRequest(wita("2043-03-11", "09:00"), named("Isi")); // due Wed 03-25
  await decideRequest(users.PPID, { requestId: ids.decided, outcome: "BELUM_DIDOKUMENTASIKAN", noticeDate: "2043-03-05" }, wita("2043-03-05"));
  await pauseRequest(users.PETUGAS, { requestId: ids.paused, question: "Mohon perjelas dokumen yang diminta." }, wita("2043-03-11"));
  await assignRequest(users.PPID, { requestId: ids.later, assigneeId: users.PETUGAS.id }, wita("2043-03-12"));
});
afterAll(() => db.$disconnect());

const page = (filter: Partial<InboxFilter>, userId = users.PPID.id) =>
  findInboxPage(db, { ...DEFAULT_INBOX_FILTER, q: surname, ...filter }, userId, dates);

describe("inbox queries on a real database", () => {
  it("computes today and the due-soon limit in working days", () => {
    expect(dates).toEqual({ today: "2043-03-17", soonLimit: "2043-03-20" });
  });

  it("lists open requests by due date, paused ones last, decided ones left out", async () => {
    const result = await page({});
    expect(result.total).toBe(26);
    expect(result.rows.slice(0, 3).map((r) => r.id)).toEqual([ids.overdue, ids.soon, ids.later]);
    expect(result.rows.map((r) => r.id)).not.toContain(ids.decided);
    const last = await page({ page: 2 });
    expect(last.rows.map((r) => r.id)).toEqual([ids.paused]);
    expect(last.rows[0].dueDate).toBeNull();
  });

  it("filters overdue and due soon without overlap", async () => {
    expect((await page({ due: "terlambat" })).rows.map((r) => r.id)).toEqual([ids.overdue]);
    const soon = await page({ due: "segera" });
    expect(soon.rows.map((r) => r.id)).toEqual([ids.soon]);
    expect(calendarDateFromUtcDate(soon.rows[0].dueDate!)).toBe("2043-03-18");
    // A decided request is never overdue, even with status "semua".
    expect((await page({ status: "semua", due: "terlambat" })).rows.map((r) => r.id)).toEqual([ids.overdue]);
  });

  it("filters by status and by 'assigned to me'", async () => {
    expect((await page({ status: "DIPUTUSKAN" })).rows.map((r) => r.id)).toEqual([ids.decided]);
    expect((await page({ status: "MENUNGGU_KLARIFIKASI" })).rows.map((r) => r.id)).toEqual([ids.paused]);
    expect((await page({ mine: true }, users.PETUGAS.id)).rows.map((r) => r.id)).toEqual([ids.later]);
    expect((await page({ status: "semua" })).total).toBe(27);
  });

  it("searches names case-insensitively and numbers by their digits", async () => {
    expect((await page({ q: `SEGERA ${surname.toUpperCase()}` })).rows.map((r) => r.id)).toEqual([ids.soon]);
    const { registrationNumber } = await db.informationRequest.findUniqueOrThrow({ where: { id: ids.soon }, select: { registrationNumber: true } });
    const byNumber = await findInboxPage(db, { ...DEFAULT_INBOX_FILTER, q: registrationNumber.toLowerCase() }, users.PPID.id, dates);
    expect(byNumber.rows.map((r) => r.id)).toEqual([ids.soon]);
  });

  it("reads back-half pages from the end in exactly the same order", async () => {
    const all = await db.informationRequest.findMany({ where: { applicantName: { endsWith: surname } }, orderBy: INBOX_ORDER, select: { id: true } });
    const pages = [...(await page({ status: "semua" })).rows, ...(await page({ status: "semua", page: 2 })).rows];
    expect(pages.map((r) => r.id)).toEqual(all.map((r) => r.id));
  });

  it("pages by 25 and shows the last page for a page past the end", async () => {
    const first = await page({});
    expect(first.rows).toHaveLength(INBOX_PAGE_SIZE);
    expect(first.pageCount).toBe(2);
    const beyond = await page({ page: 99 });
    expect(beyond.page).toBe(2);
    expect(beyond.rows).toHaveLength(1);
  });
});

describe("register rows", () => {
  it("takes a month by the office clock: 23:30 WITA on the 31st is March, 00:30 on the 1st is April", async () => {
    const lateMarch = await newRequest(wita("2043-03-31", "23:30"), named("Akhir"));
    const earlyApril = await newRequest(wita("2043-04-01", "00:30"), named("Awal"));
    const march = (await registerRows(officeRange(parseReportPeriod("2043-03")!, "Asia/Makassar"))).map((r) => r.id);
    const april = (await registerRows(officeRange(parseReportPeriod("2043-04")!, "Asia/Makassar"))).map((r) => r.id);
    expect(march).toContain(lateMarch);
    expect(march).not.toContain(earlyApril);
    expect(april).toContain(earlyApril);
    const row = (await registerRows(officeRange(parseReportPeriod("2043-03")!, "Asia/Makassar"))).find((r) => r.id === lateMarch)!;
    expect(row.receivedDate).toBe("2043-03-31");
  });

  it("lists rows in registration order with the decision fields", async () => {
    const rows = (await registerRows(officeRange(parseReportPeriod("2043-03")!, "Asia/Makassar"))).filter((r) => r.applicantName.endsWith(surname));
    const numbers = rows.map((r) => r.registrationNumber);
    expect(numbers).toEqual([...numbers].sort());
    expect(rows.find((r) => r.id === ids.decided)).toMatchObject({ outcome: "BELUM_DIDOKUMENTASIKAN", noticeDate: "2043-03-05", deliveredDate: null });
  });
});
