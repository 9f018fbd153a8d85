import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/auth/guard";
import { calendarDateToUtcDate } from "@/lib/deadlines";
import { getClockSettings } from "@/lib/settings/clock";
import { getAgencyProfile } from "@/lib/settings/agency";
import { updateAgencyProfile, updateClockSettings } from "@/lib/settings/settings-service";
import { DEADLINE_RECOMPUTED_EVENT } from "@/lib/holidays/recompute-open-requests";
import { NON_ADMIN_ROLES, dueDateOf, insertRequest, makeStaff, nineAmWita } from "./fixtures";

// Settings are global: every test restores what it changed (integration files run one at a time).
let originalClock: Awaited<ReturnType<typeof getClockSettings>>;
let originalAgency: Awaited<ReturnType<typeof getAgencyProfile>>;

beforeAll(async () => {
  originalClock = await getClockSettings();
  originalAgency = await getAgencyProfile();
});

afterAll(async () => {
  const admin = await makeStaff("ADMIN");
  await updateClockSettings(admin, originalClock);
  await updateAgencyProfile(admin, originalAgency);
  await db.$disconnect();
});

describe("clock settings", () => {
  it("counting cuti bersama as working days recomputes open requests only, and is audited", async () => {
    const admin = await makeStaff("ADMIN");
    // A cuti bersama day inside the window of a request received Mon 2074-03-05 (no holiday data for 2074 otherwise).
    await db.holiday.create({ data: { date: calendarDateToUtcDate("2074-03-08"), kind: "CUTI_BERSAMA", name: "Cuti bersama uji pengaturan" } });
    const open = await insertRequest(nineAmWita("2074-03-05"), "MENUNGGU_KLARIFIKASI");
    const decided = await insertRequest(nineAmWita("2074-03-05"), "DIPUTUSKAN");
    const withCuti = await dueDateOf(open.id);
    expect(withCuti).toBe("2074-03-20");

    const result = await updateClockSettings(admin, { ...originalClock, cutiBersamaIsWorkingDay: true });
    expect(result.changed).toBe(true);
    expect(result.recompute.changed).toBeGreaterThanOrEqual(1);
    expect(await dueDateOf(open.id)).toBe("2074-03-19");
    expect(await dueDateOf(decided.id)).toBe("2074-03-20");
    expect((await getClockSettings()).cutiBersamaIsWorkingDay).toBe(true);

    const event = await db.requestEvent.findFirstOrThrow({ where: { requestId: open.id, type: DEADLINE_RECOMPUTED_EVENT } });
    expect(event.data).toMatchObject({ before: { dueDate: "2074-03-20" }, after: { dueDate: "2074-03-19" } });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "UPDATE_CLOCK_SETTINGS", actorId: admin.id } });
    expect(audit.before).toMatchObject({ cutiBersamaIsWorkingDay: originalClock.cutiBersamaIsWorkingDay });
    expect(audit.after).toMatchObject({ cutiBersamaIsWorkingDay: true });

    // Saving the same values again is a no-op: no write, no audit entry.
    const auditCount = await db.auditLog.count();
    expect((await updateClockSettings(admin, { ...originalClock, cutiBersamaIsWorkingDay: true })).changed).toBe(false);
    expect(await db.auditLog.count()).toBe(auditCount);

    await updateClockSettings(admin, originalClock);
    expect(await dueDateOf(open.id)).toBe("2074-03-20");
  });

  it("refuses invalid values at their fields and keeps the stored settings", async () => {
    const admin = await makeStaff("ADMIN");
    const before = await getClockSettings();
    const attempt = updateClockSettings(admin, { ...before, timeZone: "Mars/Olympus", officeHoursCutoff: "25:00", noticeWorkingDays: 0 });
    await expect(attempt).rejects.toMatchObject({
      fieldErrors: { timeZone: [expect.any(String)], officeHoursCutoff: [expect.any(String)], noticeWorkingDays: [expect.any(String)] },
    });
    expect(await getClockSettings()).toEqual(before);
  });
});

describe("agency profile", () => {
  it("saves a valid profile with an audit entry and refuses a bad registration code", async () => {
    const admin = await makeStaff("ADMIN");
    const changed = { ...originalAgency, phone: "(0380) 999 000" };
    expect((await updateAgencyProfile(admin, changed)).changed).toBe(true);
    expect((await getAgencyProfile()).phone).toBe("(0380) 999 000");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "UPDATE_AGENCY_PROFILE", actorId: admin.id } });
    expect(audit.before).toMatchObject({ phone: originalAgency.phone });
    expect(audit.after).toMatchObject({ phone: "(0380) 999 000" });

    await expect(updateAgencyProfile(admin, { ...changed, registrationCode: "ppid dpp" })).rejects.toMatchObject({
      fieldErrors: { registrationCode: [expect.any(String)] },
    });
    expect((await getAgencyProfile()).registrationCode).toBe(originalAgency.registrationCode);
  });
});

describe("only ADMIN may change settings", () => {
  it.each(NON_ADMIN_ROLES)("%s is refused and nothing changes", async (role) => {
    const user = await makeStaff(role);
    const clockBefore = await getClockSettings();
    const agencyBefore = await getAgencyProfile();
    const auditBefore = await db.auditLog.count();
    await expect(updateClockSettings(user, { ...clockBefore, noticeWorkingDays: 12 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateAgencyProfile(user, { ...agencyBefore, name: "Instansi lain sama sekali" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await getClockSettings()).toEqual(clockBefore);
    expect(await getAgencyProfile()).toEqual(agencyBefore);
    expect(await db.auditLog.count()).toBe(auditBefore);
  });
});
