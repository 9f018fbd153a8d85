import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { createInformationRequest, type CreatedRequest } from "@/lib/requests/create-request";
import { findRequestForTracking } from "@/lib/requests/public-tracking";
import { pauseRequest, resumeRequest } from "@/lib/requests/services/clarification";
import { makeStaff } from "../admin/fixtures";
import { lookupTrackedRequest, TRACKING_NOT_FOUND_MESSAGE } from "@/lib/requests/tracking-lookup";
import { RATE_LIMITS } from "@/lib/rate-limit";
import { receivedOn, requestInput, resetRequestYear } from "./portal-fixtures";

const YEAR = 2092;
let mine: CreatedRequest;
let theirs: CreatedRequest;

beforeAll(async () => {
  await resetRequestYear(YEAR);
  const options = { channel: "PORTAL" as const, receivedAt: receivedOn(YEAR), actor: null };
  mine = await createInformationRequest(requestInput({ applicantName: "Maria Ngongo" }), options);
  theirs = await createInformationRequest(requestInput({ applicantName: "Orang Lain" }), options);
});

afterAll(async () => {
  await db.$disconnect();
});

describe("findRequestForTracking", () => {
  it("finds a request by its number and code, however the code is typed", async () => {
    const typed = `${mine.trackingCode.slice(0, 5).toLowerCase()}-${mine.trackingCode.slice(5)} `;
    const view = await findRequestForTracking(` ${mine.registrationNumber.toLowerCase()}`, typed);
    expect(view).toMatchObject({
      registrationNumber: mine.registrationNumber,
      applicantName: "Maria Ngongo",
      status: { code: "DITERIMA", label: "Diterima" },
      timeline: [{ type: "DITERIMA", label: "Permohonan diterima dan diregistrasi" }],
    });
    expect(view?.deadlines.noticeDueDate).toMatch(/^2092-\d\d-\d\d$/);
  });

  it("returns null for a right number with a wrong code", async () => {
    const wrong = mine.trackingCode.slice(0, 9) + (mine.trackingCode.endsWith("2") ? "3" : "2");
    expect(await findRequestForTracking(mine.registrationNumber, wrong)).toBeNull();
    expect(await findRequestForTracking(mine.registrationNumber, "")).toBeNull();
  });

  it("returns null for another request's code, and for an unknown number", async () => {
    expect(await findRequestForTracking(mine.registrationNumber, theirs.trackingCode)).toBeNull();
    expect(await findRequestForTracking(theirs.registrationNumber, mine.trackingCode)).toBeNull();
    expect(await findRequestForTracking("9999/PMH/TIDAK-ADA/2092", mine.trackingCode)).toBeNull();
  });

  it("shows no personal data beyond the name, and only public events without notes or staff", async () => {
    const officer = await db.user.create({
      data: { username: `ppid-${randomUUID().slice(0, 8)}`, name: "Nama Petugas Rahasia", role: "PPID", passwordHash: "x" },
    });
    const later = new Date(receivedOn(YEAR).getTime() + 3_600_000);
    await db.requestEvent.createMany({
      data: [
        { requestId: mine.id, type: "ASSIGNED", note: "Ditugaskan ke Nama Petugas Rahasia", actorId: officer.id, at: later },
        { requestId: mine.id, type: "CATATAN_INTERNAL", note: "Catatan internal: pemohon sering bertanya", actorId: officer.id, at: later },
      ],
    });
    const view = await findRequestForTracking(mine.registrationNumber, mine.trackingCode);
    expect(view?.timeline.map((e) => e.type)).toEqual(["DITERIMA", "ASSIGNED"]);
    const json = JSON.stringify(view);
    for (const secret of ["Nama Petugas Rahasia", "Catatan internal", "5371014507900001", "Jl. El Tari", "081234567890", mine.trackingCode]) {
      expect(json).not.toContain(secret);
    }
  });
});

describe("clarification on the tracking view", () => {
  it("shows the open question to the requester while the clock is paused, and not once answered", async () => {
    const created = await createInformationRequest(requestInput({ applicantName: "Penanya Klarifikasi" }), { channel: "PORTAL", receivedAt: receivedOn(YEAR, 3, 13), actor: null });
    const before = await findRequestForTracking(created.registrationNumber, created.trackingCode);
    expect(before?.clarificationQuestion).toBeNull();

    const officer = await makeStaff("PETUGAS");
    const question = "Mohon jelaskan periode data yang Anda maksud.";
    await pauseRequest(officer, { requestId: created.id, question }, receivedOn(YEAR, 3, 14));
    const paused = await findRequestForTracking(created.registrationNumber, created.trackingCode);
    expect(paused).toMatchObject({ status: { code: "MENUNGGU_KLARIFIKASI" }, clarificationQuestion: question });
    expect(JSON.parse(JSON.stringify(paused)).clarificationQuestion).toBe(question);

    await resumeRequest(officer, { requestId: created.id, answer: "Periode 2091.", resumeDate: `${YEAR}-03-15` }, receivedOn(YEAR, 3, 15));
    expect((await findRequestForTracking(created.registrationNumber, created.trackingCode))?.clarificationQuestion).toBeNull();
  });
});

describe("lookupTrackedRequest", () => {
  it("answers the same generic message for a wrong number and a wrong code", async () => {
    const ip = `198.51.100.${Math.floor(Math.random() * 200)}-${randomUUID()}`;
    const wrongCode = await lookupTrackedRequest(mine.registrationNumber, theirs.trackingCode, ip);
    const wrongNumber = await lookupTrackedRequest("0999/PMH/X/2092", mine.trackingCode, ip);
    expect(wrongCode).toEqual({ kind: "not-found", message: TRACKING_NOT_FOUND_MESSAGE });
    expect(wrongNumber).toEqual(wrongCode);
    expect((await lookupTrackedRequest("", "", ip)).kind).toBe("invalid");
  });

  it("limits guessing: after the limit even the right pair is refused", async () => {
    const ip = `guesser-${randomUUID()}`;
    const { limit } = RATE_LIMITS.trackingLookup;
    for (let i = 0; i < limit; i++) {
      expect((await lookupTrackedRequest(mine.registrationNumber, `GUESS${i}`, ip)).kind).toBe("not-found");
    }
    const refused = await lookupTrackedRequest(mine.registrationNumber, mine.trackingCode, ip);
    expect(refused.kind).toBe("limited");
    expect(refused).toMatchObject({ message: expect.stringMatching(/Terlalu banyak percobaan pelacakan/) });
    expect((await lookupTrackedRequest(mine.registrationNumber, mine.trackingCode, `other-${randomUUID()}`)).kind).toBe("found");
  });
});
