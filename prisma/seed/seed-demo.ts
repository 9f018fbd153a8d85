/**
 * Demo data for an empty database: one account per role (isDemo, usable only with DEMO_MODE=1) and
 * 80 information requests to Disperindag NTT from January 2025 to 2 December 2026 in every state.
 * Deterministic (seeded PRNG); everything is written in one transaction, so a failure leaves nothing.
 */
import type { Db, Tx } from "@/lib/db";
import { writeAudit } from "@/lib/audit/write-audit";
import { loadClock } from "@/lib/deadlines/calendar-store";
import { importHolidays } from "@/lib/holidays/import-holidays";
import type { RequestOutcome } from "@/lib/generated/prisma/enums";
import { formatRegistrationNumber, takeNextSequence } from "@/lib/requests/numbering";
import { agencyProfileSchema, DEFAULT_AGENCY_PROFILE } from "@/lib/settings/agency";
import { readSetting } from "@/lib/settings/store";
import { hashPassword } from "@/lib/users/password";
import holidayFile from "../data/holidays-id-2025-2026.json";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
import type { AnyTopic } from "./decision-details";
import { buildRequest, type RequestDraft, type StaffMember } from "./lifecycle";
import { createDeck, createRng, type Rng } from "./random";
import { SCENARIOS } from "./scenarios";
import { DEMO_TODAY, scheduleRequest } from "./schedule";
import { summarizeRequests, type DemoSummary } from "./summary";
import { GRANTED_TOPICS } from "./topics";
import { PARTIAL_TOPICS } from "./topics-partial";
import { NOT_HELD_TOPICS, REFUSED_TOPICS, UNDOCUMENTED_TOPICS } from "./topics-declined";
import { demoTrackingCode } from "./tracking";
import { seedDipCatalogue } from "./seed-dip";
import { seedObjectionsAndComplaints } from "./objections-complaints"; // issue 3
import { seedOversightDemo } from "./oversight";
import { seedSurveyAndEvaluation } from "./survey-evaluation"; // issue 5
import { seedOfficerAssessments } from "./officer-assessments"; // issue 5: rubric
import { seedAnnualReportDemo } from "./annual-report-profile"; // issue 5

export const HOLIDAY_FILE_ORIGIN = "prisma/data/holidays-id-2025-2026.json";

export type SeedResult =
  | { skipped: true; reason: string }
  | {
      skipped: false;
      holidaysImported: boolean;
      users: number;
      summary: DemoSummary;
      /** A closed request (with a clarification and a delivery) to try on /lacak. */
      trackingExample: { registrationNumber: string; trackingCode: string };
    };

async function ensureHolidays(client: Db): Promise<boolean> {
  if ((await client.holiday.count()) > 0) return false;
  await importHolidays(client, holidayFile, HOLIDAY_FILE_ORIGIN);
  return true;
}

function topicPicker(rng: Rng): (outcome: RequestOutcome | null) => AnyTopic {
  const decks: Record<RequestOutcome | "OPEN", () => AnyTopic> = {
    DIKABULKAN_SELURUHNYA: createDeck<AnyTopic>(rng, GRANTED_TOPICS),
    DIKABULKAN_SEBAGIAN: createDeck<AnyTopic>(rng, PARTIAL_TOPICS),
    DITOLAK_DIKECUALIKAN: createDeck<AnyTopic>(rng, REFUSED_TOPICS),
    TIDAK_DIKUASAI: createDeck<AnyTopic>(rng, NOT_HELD_TOPICS),
    BELUM_DIDOKUMENTASIKAN: createDeck<AnyTopic>(rng, UNDOCUMENTED_TOPICS),
    OPEN: createDeck<AnyTopic>(rng, [...GRANTED_TOPICS, ...PARTIAL_TOPICS]),
  };
  return (outcome) => decks[outcome ?? "OPEN"]();
}

const DEMO_STAFF_SINCE = new Date("2024-12-01T00:00:00Z");

async function createDemoUsers(tx: Tx, hashes: string[]): Promise<Map<string, StaffMember>> {
  const staff = new Map<string, StaffMember>();
  for (const [i, account] of DEMO_ACCOUNTS.entries()) {
    const { username, name, role, nip, email } = account;
    const user = await tx.user.create({
      // The demo officers have served since before the demo's first request (January 2025).
      data: { username, name, role, nip, email, passwordHash: hashes[i], isDemo: true, createdAt: DEMO_STAFF_SINCE },
      select: { id: true, name: true, role: true },
    });
    staff.set(username, user);
  }
  return staff;
}

async function insertDraft(tx: Tx, draft: RequestDraft, registrationNumber: string, sequence: number, trackingCode: string) {
  const created = await tx.informationRequest.create({
    data: {
      ...draft.request,
      registrationNumber,
      year: draft.year,
      sequence,
      trackingCode,
      pauses: draft.pause ? { create: draft.pause } : undefined,
    },
    select: { id: true, pauses: { select: { id: true } } },
  });
  const pauseId = created.pauses[0]?.id;
  await tx.requestEvent.createMany({
    data: draft.events.map((event) => ({
      requestId: created.id,
      type: event.type,
      note: event.note,
      // Same shape as the staff services: clarification events point at their pause.
      data: event.type.startsWith("CLARIFICATION_") ? { ...event.data, pauseId } : event.data,
      actorId: event.actorId,
      at: event.at,
    })),
  });
}

/** Seeds an empty database; returns `skipped` (and writes nothing) when any user or request exists. */
export async function seedDemoData(client: Db): Promise<SeedResult> {
  const [users, requests] = await Promise.all([client.user.count(), client.informationRequest.count()]);
  if (users > 0 || requests > 0) {
    return { skipped: true, reason: `basis data tidak kosong (${users} pengguna, ${requests} permohonan)` };
  }
  const holidaysImported = await ensureHolidays(client);
  const clock = await loadClock(client);
  const agency = await readSetting("agency", agencyProfileSchema, DEFAULT_AGENCY_PROFILE, client);
  const hashes = await Promise.all(DEMO_ACCOUNTS.map(() => hashPassword(DEMO_PASSWORD)));

  const rng = createRng();
  // Numbers are issued in order of receipt, as the portal and the desk would have issued them.
  const scheduled = SCENARIOS.map((scenario) => scheduleRequest(rng, scenario, clock)).sort(
    (a, b) => a.receivedAt.getTime() - b.receivedAt.getTime(),
  );
  const testsPerYear = new Map<number, number>();
  const nextConsequenceTest = (year: number) => {
    const n = (testsPerYear.get(year) ?? 0) + 1;
    testsPerYear.set(year, n);
    return `Uji Konsekuensi No. ${String(n).padStart(2, "0")}/UK/${agency.registrationCode}/${year}`;
  };

  return client.$transaction(
    async (tx) => {
      // Checked again under the transaction: two demo starts at once must not seed twice.
      if ((await tx.user.count()) > 0) throw new Error("another process seeded the database meanwhile");
      const staff = await createDemoUsers(tx, hashes);
      const officers = [staff.get("petugas"), staff.get("petugas2")].filter((s): s is StaffMember => Boolean(s));
      const ppid = staff.get("ppid");
      if (!ppid || officers.length === 0) throw new Error("demo accounts need a PPID and a PETUGAS");
      const context = { clock, ppid, officers, topicFor: topicPicker(rng), nextConsequenceTest };

      // For /lacak: the first closed request whose timeline shows a clarification and a hand-over.
      let trackingExample: { registrationNumber: string; trackingCode: string } | null = null;
      for (const item of scheduled) {
        const draft = buildRequest(rng, item, context);
        const sequence = await takeNextSequence(tx, "PERMOHONAN", draft.year);
        const registrationNumber = formatRegistrationNumber("PERMOHONAN", agency.registrationCode, draft.year, sequence);
        const trackingCode = demoTrackingCode(rng);
        await insertDraft(tx, draft, registrationNumber, sequence, trackingCode);
        const showcase = draft.request.status === "SELESAI" && draft.pause !== null && Boolean(draft.request.deliveredAt);
        if (!trackingExample && showcase) trackingExample = { registrationNumber, trackingCode };
      }
      if (!trackingExample) throw new Error("the demo data has no closed request with a clarification and a delivery");

      await seedDipCatalogue(tx, ppid.id); // issue 4
      await seedObjectionsAndComplaints(tx, clock, agency.registrationCode, { ppid, officers, atasan: staff.get("atasan") }); // issue 3
      await seedOversightDemo(tx, staff);
      await seedSurveyAndEvaluation(tx, ppid.id); // issue 5
      await seedOfficerAssessments(tx, staff); // issue 5: rubric
      await seedAnnualReportDemo(tx, clock, ppid.id); // issue 5
      const summary = await summarizeRequests(tx, clock, DEMO_TODAY);
      await writeAudit(tx, null, {
        action: "SEED_DEMO_DATA",
        entityType: "System",
        after: { users: staff.size, requests: summary.requests, byStatus: summary.byStatus, byOutcome: summary.byOutcome },
      });
      return { skipped: false as const, holidaysImported, users: staff.size, summary, trackingExample };
    },
    { maxWait: 15_000, timeout: 120_000 },
  );
}
