import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/auth/guard";
import { calendarDateToUtcDate } from "@/lib/deadlines";
import { RuleError } from "@/lib/rule-error";
import { addHoliday, deleteHoliday, setHolidayYearComplete, updateHoliday } from "@/lib/holidays/service";
import { DEADLINE_RECOMPUTED_EVENT } from "@/lib/holidays/recompute-open-requests";
import { NON_ADMIN_ROLES, dueDateOf, insertRequest, makeStaff, nineAmWita } from "./fixtures";

// Window used only by this file: received Mon 2070-03-03, 10th working day Mon 2070-03-17
// (2070 has no holiday data, so only weekends are skipped).
const RECEIVED = nineAmWita("2070-03-03");
const ORIGINAL_DUE = "2070-03-17";

afterAll(() => db.$disconnect());

describe("holiday changes recompute open requests only", () => {
  it("adding, moving and deleting a holiday shifts the open request's due date and logs it", async () => {
    const admin = await makeStaff("ADMIN");
    const open = await insertRequest(RECEIVED, "DIPROSES");
    const decided = await insertRequest(RECEIVED, "DIPUTUSKAN");
    expect(await dueDateOf(open.id)).toBe(ORIGINAL_DUE);

    const added = await addHoliday(admin, { date: "2070-03-12", kind: "LIBUR_LOKAL", name: "Libur lokal uji" });
    expect(added.recompute.changed).toBeGreaterThanOrEqual(1);
    expect(await dueDateOf(open.id)).toBe("2070-03-18"); // one working day later
    expect(await dueDateOf(decided.id)).toBe(ORIGINAL_DUE); // decided: history, untouched

    const events = await db.requestEvent.findMany({ where: { requestId: open.id, type: DEADLINE_RECOMPUTED_EVENT } });
    expect(events).toHaveLength(1);
    expect(events[0].actorId).toBe(admin.id);
    expect(events[0].data).toEqual({
      before: { dueDate: ORIGINAL_DUE, extendedDueDate: null },
      after: { dueDate: "2070-03-18", extendedDueDate: null },
    });
    expect(await db.requestEvent.count({ where: { requestId: decided.id } })).toBe(0);

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "CREATE_HOLIDAY", entityId: added.holiday.id } });
    expect(audit.actorId).toBe(admin.id);
    expect(audit.after).toMatchObject({ date: "2070-03-12", kind: "LIBUR_LOKAL", name: "Libur lokal uji" });

    // Moving it outside the window (a Saturday) restores the original due date.
    await updateHoliday(admin, added.holiday.id, { date: "2070-03-22", kind: "LIBUR_LOKAL", name: "Libur lokal uji (pindah)" });
    expect(await dueDateOf(open.id)).toBe(ORIGINAL_DUE);
    const update = await db.auditLog.findFirstOrThrow({ where: { action: "UPDATE_HOLIDAY", entityId: added.holiday.id } });
    expect(update.before).toMatchObject({ date: "2070-03-12" });
    expect(update.after).toMatchObject({ date: "2070-03-22", name: "Libur lokal uji (pindah)" });

    // Back inside, then deleted: the due date follows each time, one event per real change.
    await updateHoliday(admin, added.holiday.id, { date: "2070-03-05", kind: "LIBUR_NASIONAL", name: "Libur uji" });
    expect(await dueDateOf(open.id)).toBe("2070-03-18");
    const removed = await deleteHoliday(admin, added.holiday.id);
    expect(removed.recompute.changed).toBeGreaterThanOrEqual(1);
    expect(await dueDateOf(open.id)).toBe(ORIGINAL_DUE);
    expect(await db.holiday.findUnique({ where: { id: added.holiday.id } })).toBeNull();
    expect(await db.requestEvent.count({ where: { requestId: open.id, type: DEADLINE_RECOMPUTED_EVENT } })).toBe(4);
    expect(await db.auditLog.count({ where: { action: "DELETE_HOLIDAY", entityId: added.holiday.id } })).toBe(1);
    expect(await dueDateOf(decided.id)).toBe(ORIGINAL_DUE);
  });

  it("a change that moves no due date logs no request event", async () => {
    const admin = await makeStaff("ADMIN");
    const open = await insertRequest(nineAmWita("2070-06-02"));
    const before = await dueDateOf(open.id);
    const result = await addHoliday(admin, { date: "2070-11-20", kind: "LIBUR_LOKAL", name: "Libur di luar jendela" });
    expect(result.recompute.checked).toBeGreaterThanOrEqual(1);
    expect(await dueDateOf(open.id)).toBe(before);
    expect(await db.requestEvent.count({ where: { requestId: open.id } })).toBe(0);
  });

  it("refuses a second holiday on the same date at the date field", async () => {
    const admin = await makeStaff("ADMIN");
    await addHoliday(admin, { date: "2070-08-18", kind: "CUTI_BERSAMA", name: "Cuti bersama uji" });
    const attempt = addHoliday(admin, { date: "2070-08-18", kind: "LIBUR_LOKAL", name: "Duplikat" });
    await expect(attempt).rejects.toBeInstanceOf(RuleError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { date: [expect.stringContaining("Cuti bersama uji")] } });
    expect(await db.holiday.count({ where: { date: calendarDateToUtcDate("2070-08-18") } })).toBe(1);
  });

  it("refuses invalid input with messages at the fields", async () => {
    const admin = await makeStaff("ADMIN");
    const attempt = addHoliday(admin, { date: "2070-02-30", kind: "LIBUR", name: "" });
    await expect(attempt).rejects.toMatchObject({
      fieldErrors: { date: [expect.any(String)], kind: [expect.any(String)], name: [expect.any(String)] },
    });
  });

  it("marking a year complete clears the missing-data warning of open requests in it, and back", async () => {
    const admin = await makeStaff("ADMIN");
    const open = await insertRequest(nineAmWita("2071-02-01"));
    const warning = async () =>
      (await db.informationRequest.findUniqueOrThrow({ where: { id: open.id }, select: { holidayDataWarning: true } })).holidayDataWarning;
    expect(await warning()).toContain("2071");

    await setHolidayYearComplete(admin, 2071, true);
    expect(await db.holidayYear.findUnique({ where: { year: 2071 } })).not.toBeNull();
    expect(await warning()).toBeNull();
    expect(await db.auditLog.count({ where: { action: "MARK_HOLIDAY_YEAR_COMPLETE", entityId: "2071" } })).toBe(1);

    await setHolidayYearComplete(admin, "2071", false);
    expect(await db.holidayYear.findUnique({ where: { year: 2071 } })).toBeNull();
    expect(await warning()).toContain("2071");
  });
});

describe("only ADMIN may manage holidays", () => {
  it.each(NON_ADMIN_ROLES)("%s is refused and nothing changes", async (role) => {
    const admin = await makeStaff("ADMIN");
    const existing = await addHoliday(admin, { date: `2070-0${NON_ADMIN_ROLES.indexOf(role) + 4}-15`, kind: "LIBUR_LOKAL", name: `Libur ${role}` });
    const user = await makeStaff(role);
    const holidaysBefore = await db.holiday.count();
    const auditBefore = await db.auditLog.count();

    await expect(addHoliday(user, { date: "2070-12-01", kind: "LIBUR_LOKAL", name: "Tidak boleh" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateHoliday(user, existing.holiday.id, { date: "2070-12-02", kind: "LIBUR_LOKAL", name: "Tidak" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteHoliday(user, existing.holiday.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setHolidayYearComplete(user, 2072, true)).rejects.toBeInstanceOf(ForbiddenError);

    expect(await db.holiday.count()).toBe(holidaysBefore);
    expect(await db.holiday.findUniqueOrThrow({ where: { id: existing.holiday.id } })).toMatchObject({ name: `Libur ${role}` });
    expect(await db.holidayYear.findUnique({ where: { year: 2072 } })).toBeNull();
    expect(await db.auditLog.count()).toBe(auditBefore);
  });
});
