import bcrypt from "bcryptjs";
import { calendarDateFromUtcDate, zonedDateTime } from "@/lib/deadlines";
import { loadClock } from "@/lib/deadlines/calendar-store";
import { ALL_ROLES } from "@/lib/auth/roles";
import { RequestOutcome, RequestStatus } from "@/lib/generated/prisma/enums";
import { deadlineColumns, deadlinesOfRequest } from "@/lib/requests/request-deadlines";
import { requestFormSchema } from "@/lib/requests/schema";
import { TRACKING_ALPHABET, TRACKING_CODE_LENGTH } from "@/lib/requests/tracking-code";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/prisma/seed/demo-accounts";
import { seedDemoData, type SeedResult } from "@/prisma/seed/seed-demo";
import { DEMO_TODAY } from "@/prisma/seed/schedule";
import { createScratchDatabase, type ScratchDatabase } from "../support/scratch-database";

// The demo seed needs an empty database, so it gets its own (and a second one to prove determinism).
let scratch: ScratchDatabase;
let first: SeedResult;

beforeAll(async () => {
  scratch = await createScratchDatabase("ppid_seed_test");
  first = await seedDemoData(scratch.client);
}, 180_000);

afterAll(async () => {
  await scratch?.drop();
});

function seeded() {
  if (first.skipped) throw new Error(`the first run was skipped: ${first.reason}`);
  return first;
}

const requests = () =>
  scratch.client.informationRequest.findMany({
    orderBy: { receivedAt: "asc" },
    include: { pauses: true, events: { orderBy: { at: "asc" } } },
  });

it("seeds about 80 requests in every status, with all five outcomes among the decided-but-open ones", async () => {
  expect(first.skipped).toBe(false);
  const rows = await requests();
  expect(rows).toHaveLength(80);
  const count = (pick: (r: (typeof rows)[number]) => boolean) => rows.filter(pick).length;
  expect(Object.fromEntries(Object.values(RequestStatus).map((s) => [s, count((r) => r.status === s)]))).toEqual({
    DITERIMA: 5, DIPROSES: 12, MENUNGGU_KLARIFIKASI: 3, DIPUTUSKAN: 7, SELESAI: 53,
  });
  for (const outcome of Object.values(RequestOutcome)) {
    expect(count((r) => r.status === "DIPUTUSKAN" && r.outcome === outcome)).toBeGreaterThan(0);
    expect(count((r) => r.status === "SELESAI" && r.outcome === outcome)).toBeGreaterThan(0);
  }
  expect(seeded().summary.requests).toBe(80);
});

it("creates one demo account per role (plus a second officer) that only demo mode may use", async () => {
  const users = await scratch.client.user.findMany({ select: { username: true, role: true, isDemo: true, passwordHash: true, nip: true } });
  expect(users.map((u) => u.username).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.username).sort());
  expect(new Set(users.map((u) => u.role))).toEqual(new Set(ALL_ROLES));
  expect(users.every((u) => u.isDemo && /^\d{18}$/.test(u.nip ?? ""))).toBe(true);
  expect(await bcrypt.compare(DEMO_PASSWORD, users[0].passwordHash)).toBe(true);
  expect(users[0].passwordHash.startsWith("$2b$10$")).toBe(true);
});

it("issues gapless numbers per year in order of receipt, with portal-style tracking codes", async () => {
  const rows = await requests();
  const timeZone = (await loadClock(scratch.client)).settings.timeZone;
  for (const year of [2025, 2026]) {
    const ofYear = rows.filter((r) => r.year === year);
    expect(ofYear.map((r) => r.sequence)).toEqual(ofYear.map((_, i) => i + 1));
    expect(ofYear.every((r) => zonedDateTime(r.receivedAt, timeZone).date.startsWith(String(year)))).toBe(true);
    expect(ofYear[0].registrationNumber).toBe(`0001/PMH/PPID-DPP/${year}`);
  }
  const codePattern = new RegExp(`^[${TRACKING_ALPHABET}]{${TRACKING_CODE_LENGTH}}$`);
  expect(rows.every((r) => codePattern.test(r.trackingCode))).toBe(true);
  const { registrationNumber, trackingCode } = seeded().trackingExample;
  expect(rows.find((r) => r.registrationNumber === registrationNumber)).toMatchObject({ trackingCode, status: "SELESAI" });
});

it("stores exactly the deadlines the working-day clock computes", async () => {
  const clock = await loadClock(scratch.client);
  expect(await scratch.client.holidayYear.count({ where: { year: { in: [2025, 2026] } } })).toBe(2);
  for (const row of await requests()) {
    const expected = deadlineColumns(deadlinesOfRequest(row, clock));
    const stored = { clockStartDate: row.clockStartDate, noticeDueDate: row.noticeDueDate, extendedDueDate: row.extendedDueDate, dueDate: row.dueDate, holidayDataWarning: row.holidayDataWarning };
    expect(stored).toEqual(expected);
  }
});

it("keeps everything in the past and includes overdue, nearly due, late and extended requests", async () => {
  const rows = await requests();
  const dates = (r: (typeof rows)[number]) => [r.receivedAt, r.decidedAt, r.closedAt, r.extendedAt, ...r.events.map((e) => e.at)];
  const limit = new Date(`${DEMO_TODAY}T00:00:00+08:00`);
  expect(rows.every((r) => dates(r).every((d) => d === null || d < limit))).toBe(true);
  expect(seeded().summary).toMatchObject({ overdue: 3, dueWithin3WorkingDays: 3, decidedLate: 3, awaitingClarification: 3 });
  const open = rows.filter((r) => r.outcome === null && r.dueDate);
  expect(open.filter((r) => calendarDateFromUtcDate(r.dueDate!) < DEMO_TODAY)).toHaveLength(3);
  expect(rows.filter((r) => r.noticeDate && r.dueDate && r.noticeDate > r.dueDate)).toHaveLength(3);
  expect(rows.filter((r) => r.extendedAt && r.extensionReason).length).toBeGreaterThanOrEqual(8);
  expect(rows.filter((r) => r.pauses.some((p) => p.resumeDate !== null)).length).toBeGreaterThanOrEqual(5);
});

it("gives every request a timeline that matches its columns", async () => {
  for (const r of await requests()) {
    const types = r.events.map((e) => e.type);
    expect(r.events[0]).toMatchObject({ type: "DITERIMA", at: r.receivedAt });
    expect(types.includes("ASSIGNED")).toBe(r.assignedToId !== null);
    expect(types.includes("EXTENDED")).toBe(r.extendedAt !== null);
    expect(types.filter((t) => t === "CLARIFICATION_REQUESTED")).toHaveLength(r.pauses.length);
    expect(types.includes("DECIDED")).toBe(r.outcome !== null);
    expect(types.includes("DELIVERED")).toBe(r.deliveredAt !== null);
    expect(types.includes("CLOSED")).toBe(r.status === "SELESAI");
    expect(r.status === "MENUNGGU_KLARIFIKASI").toBe(r.pauses.some((p) => p.resumeDate === null));
    const decided = r.events.find((e) => e.type === "DECIDED");
    if (decided) expect(decided.at).toEqual(r.decidedAt);
  }
});

it("fills the decision fields each outcome requires and passes the portal's applicant checks", async () => {
  for (const r of await requests()) {
    if (r.outcome === "DITOLAK_DIKECUALIKAN") {
      expect(r.exemptionArticle).toMatch(/^[a-j]$/);
      expect(r.consequenceTestRef).toMatch(/^Uji Konsekuensi No\. \d{2}\/UK\/PPID-DPP\/\d{4}$/);
    }
    if (r.outcome === "DIKABULKAN_SEBAGIAN") expect(r.redactionNote?.length).toBeGreaterThan(10);
    if (r.outcome === "TIDAK_DIKUASAI") expect(r.holderName).toBeTruthy();
    if (r.outcome === "DIKABULKAN_SELURUHNYA" || r.outcome === "DIKABULKAN_SEBAGIAN") expect(r.informationForm).not.toBeNull();
    const form = requestFormSchema.safeParse({
      ...r,
      nik: r.nik ?? "", legalEntityDecree: r.legalEntityDecree ?? "", phone: r.phone ?? "", email: r.email ?? "",
      proxyName: "", powerOfAttorney: undefined, consent: true,
    });
    expect(form.success ? null : [r.registrationNumber, form.error.issues]).toBeNull();
  }
});

it("skips a second run on a database that is no longer empty, and is deterministic on a fresh one", async () => {
  const before = await Promise.all([scratch.client.informationRequest.count(), scratch.client.requestEvent.count(), scratch.client.user.count()]);
  const second = await seedDemoData(scratch.client);
  expect(second).toMatchObject({ skipped: true });
  expect(await Promise.all([scratch.client.informationRequest.count(), scratch.client.requestEvent.count(), scratch.client.user.count()])).toEqual(before);

  const other = await createScratchDatabase("ppid_seed_test");
  try {
    await seedDemoData(other.client);
    const select = { registrationNumber: true, trackingCode: true, applicantName: true, receivedAt: true, status: true, outcome: true, dueDate: true } as const;
    const [a, b] = await Promise.all(
      [scratch.client, other.client].map((c) => c.informationRequest.findMany({ select, orderBy: { registrationNumber: "asc" } })),
    );
    expect(b).toEqual(a);
  } finally {
    await other.drop();
  }
}, 180_000);
