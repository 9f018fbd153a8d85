import { db } from "@/lib/db";
import { createInformationRequest } from "@/lib/requests/create-request";
import { submissionKeyFor } from "@/lib/requests/submission-fingerprint";
import { getAgencyProfile } from "@/lib/settings/agency";
import { newKey, receivedOn, requestInput, resetRequestYear } from "./portal-fixtures";

// Registration numbers: one gapless sequence per year, also under concurrent submissions.
const CONCURRENT_YEAR = 2087;
const ROLLBACK_YEAR = 2088;
const REPLAY_YEAR = 2089;
const BACK_BUTTON_YEAR = 2090;

const portal = (year: number, submissionKey: string | null = null) => ({
  channel: "PORTAL" as const,
  receivedAt: receivedOn(year),
  actor: null,
  submissionKey,
});

beforeAll(async () => {
  for (const year of [CONCURRENT_YEAR, ROLLBACK_YEAR, REPLAY_YEAR, BACK_BUTTON_YEAR]) await resetRequestYear(year);
});

afterAll(async () => {
  await db.$disconnect();
});

it("gives 30 concurrent submissions the numbers 1..30 of their year, without gaps or duplicates", async () => {
  const count = 30;
  const created = await Promise.all(
    Array.from({ length: count }, () => createInformationRequest(requestInput(), portal(CONCURRENT_YEAR))),
  );
  expect(created.every((r) => r.created)).toBe(true);

  const rows = await db.informationRequest.findMany({
    where: { year: CONCURRENT_YEAR },
    select: { sequence: true, registrationNumber: true },
    orderBy: { sequence: "asc" },
  });
  expect(rows.map((r) => r.sequence)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  const { registrationCode } = await getAgencyProfile();
  expect(rows[0].registrationNumber).toBe(`0001/PMH/${registrationCode}/${CONCURRENT_YEAR}`);
  expect(rows[count - 1].registrationNumber).toBe(`0030/PMH/${registrationCode}/${CONCURRENT_YEAR}`);
  expect(new Set(created.map((r) => r.registrationNumber)).size).toBe(count);
  expect(new Set(created.map((r) => r.trackingCode)).size).toBe(count);
});

it("does not burn a number when the transaction fails", async () => {
  const first = await createInformationRequest(requestInput(), portal(ROLLBACK_YEAR));
  // An officer who does not exist: the event's foreign key fails after the number was taken.
  const ghost = { id: "no-such-user", name: "Hantu", username: "hantu", role: "PETUGAS" as const };
  await expect(
    createInformationRequest(requestInput(), { ...portal(ROLLBACK_YEAR), channel: "SURAT", actor: ghost }),
  ).rejects.toThrow();
  const second = await createInformationRequest(requestInput(), portal(ROLLBACK_YEAR));

  const sequences = (await db.informationRequest.findMany({ where: { year: ROLLBACK_YEAR }, select: { sequence: true } }))
    .map((r) => r.sequence)
    .sort((a, b) => a - b);
  expect(sequences).toEqual([1, 2]);
  expect(first.registrationNumber.startsWith("0001/")).toBe(true);
  expect(second.registrationNumber.startsWith("0002/")).toBe(true);
});

describe("the same submission key twice creates one request", () => {
  it("sequentially (double click, refresh, replay): the replay returns the first receipt", async () => {
    const key = newKey();
    const input = requestInput();
    const first = await createInformationRequest(input, portal(REPLAY_YEAR, key));
    const replay = await createInformationRequest(input, portal(REPLAY_YEAR, key));
    expect(first.created).toBe(true);
    expect(replay).toEqual({ ...first, created: false });
    expect(await db.informationRequest.count({ where: { submissionKey: submissionKeyFor(key, input) } })).toBe(1);
  });

  it("a different request typed into the same form (browser Back after submitting) is saved, not swallowed", async () => {
    const key = newKey();
    const first = await createInformationRequest(requestInput(), portal(BACK_BUTTON_YEAR, key));
    const other = await createInformationRequest(requestInput({ applicantName: "Isian Lain" }), portal(BACK_BUTTON_YEAR, key));
    expect(other.created).toBe(true);
    expect(other.id).not.toBe(first.id);
    expect(other.registrationNumber).not.toBe(first.registrationNumber);
  });

  it("concurrently: one request, the others get its receipt, and no number is lost", async () => {
    const key = newKey();
    const input = requestInput();
    const results = await Promise.all(
      Array.from({ length: 8 }, () => createInformationRequest(input, portal(REPLAY_YEAR, key))),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(new Set(results.map((r) => r.trackingCode)).size).toBe(1);
    expect(await db.informationRequest.count({ where: { submissionKey: submissionKeyFor(key, input) } })).toBe(1);

    const next = await createInformationRequest(requestInput(), portal(REPLAY_YEAR));
    const sequences = (await db.informationRequest.findMany({ where: { year: REPLAY_YEAR }, select: { sequence: true } }))
      .map((r) => r.sequence)
      .sort((a, b) => a - b);
    expect(sequences).toEqual([1, 2, 3]);
    expect(next.registrationNumber.startsWith("0003/")).toBe(true);
  });
});
