import "server-only";
import { db, type Tx } from "@/lib/db";
import { assertPermission, type StaffUser } from "@/lib/auth/guard";
import { writeAudit } from "@/lib/audit/write-audit";
import { calendarDateFromUtcDate, calendarDateToUtcDate } from "@/lib/deadlines";
import { Prisma } from "@/lib/generated/prisma/client";
import { RuleError, parseOrRefuse } from "@/lib/rule-error";
import { holidaySchema, holidayYearSchema, type HolidayValues } from "@/lib/holidays/schema";
import { isUniqueViolation } from "@/lib/db-errors";
import {
  RECOMPUTE_TRANSACTION_OPTIONS,
  recomputeOpenRequests,
  type RecomputeSummary,
} from "@/lib/holidays/recompute-open-requests";

// Holiday administration (ADMIN). Each change is audited and recomputes open requests' due dates
// inside the same transaction, so no request ever shows a deadline from the old calendar.

const HOLIDAY_SELECT = { id: true, date: true, kind: true, name: true, source: true } as const;

type HolidayRow = Prisma.HolidayGetPayload<{ select: typeof HOLIDAY_SELECT }>;
/** The holiday as stored after the change (for a deletion: as it was), and the recompute result. */
export type HolidayChange = { holiday: HolidayRow; recompute: RecomputeSummary };

const auditView = (row: HolidayRow) => ({ ...row, date: calendarDateFromUtcDate(row.date) });

async function assertDateFree(tx: Tx, values: HolidayValues, exceptId?: string) {
  const existing = await tx.holiday.findUnique({ where: { date: calendarDateToUtcDate(values.date) }, select: { id: true, name: true } });
  if (existing && existing.id !== exceptId) {
    throw RuleError.at("date", `Tanggal ${values.date} sudah tercatat sebagai "${existing.name}". Ubah data itu saja.`);
  }
}

async function loadHoliday(tx: Tx, id: string): Promise<HolidayRow> {
  const row = await tx.holiday.findUnique({ where: { id }, select: HOLIDAY_SELECT });
  if (!row) throw new RuleError("Hari libur tidak ditemukan; mungkin sudah dihapus.");
  return row;
}

function onDuplicateDate(error: unknown): never {
  if (isUniqueViolation(error)) {
    throw RuleError.at("date", "Tanggal ini baru saja didaftarkan oleh pengguna lain.");
  }
  throw error;
}

export async function addHoliday(actor: StaffUser, input: unknown): Promise<HolidayChange> {
  assertPermission(actor, "manageHolidays");
  const values = parseOrRefuse(holidaySchema, input);
  return db
    .$transaction(async (tx) => {
      await assertDateFree(tx, values);
      const holiday = await tx.holiday.create({
        data: { date: calendarDateToUtcDate(values.date), kind: values.kind, name: values.name, source: `Ditambahkan oleh ${actor.username}` },
        select: HOLIDAY_SELECT,
      });
      const recompute = await recomputeOpenRequests(tx, actor, `Hari libur ditambahkan: ${values.date} ${values.name}.`);
      await writeAudit(tx, actor, { action: "CREATE_HOLIDAY", entityType: "Holiday", entityId: holiday.id, after: { ...auditView(holiday), recompute } });
      return { holiday, recompute };
    }, RECOMPUTE_TRANSACTION_OPTIONS)
    .catch(onDuplicateDate);
}

export async function updateHoliday(actor: StaffUser, id: string, input: unknown): Promise<HolidayChange> {
  assertPermission(actor, "manageHolidays");
  const values = parseOrRefuse(holidaySchema, input);
  return db
    .$transaction(async (tx) => {
      const before = await loadHoliday(tx, id);
      await assertDateFree(tx, values, id);
      const holiday = await tx.holiday.update({
        where: { id },
        data: { date: calendarDateToUtcDate(values.date), kind: values.kind, name: values.name },
        select: HOLIDAY_SELECT,
      });
      const recompute = await recomputeOpenRequests(tx, actor, `Hari libur diubah: ${values.date} ${values.name}.`);
      await writeAudit(tx, actor, {
        action: "UPDATE_HOLIDAY",
        entityType: "Holiday",
        entityId: id,
        before: auditView(before),
        after: { ...auditView(holiday), recompute },
      });
      return { holiday, recompute };
    }, RECOMPUTE_TRANSACTION_OPTIONS)
    .catch(onDuplicateDate);
}

export async function deleteHoliday(actor: StaffUser, id: string): Promise<HolidayChange> {
  assertPermission(actor, "manageHolidays");
  return db.$transaction(async (tx) => {
    const before = await loadHoliday(tx, id);
    await tx.holiday.delete({ where: { id } });
    const view = auditView(before);
    const recompute = await recomputeOpenRequests(tx, actor, `Hari libur dihapus: ${view.date} ${view.name}.`);
    await writeAudit(tx, actor, { action: "DELETE_HOLIDAY", entityType: "Holiday", entityId: id, before: view, after: { recompute } });
    return { holiday: before, recompute };
  }, RECOMPUTE_TRANSACTION_OPTIONS);
}

/**
 * Marks a year's holiday data complete (deadlines in it stop carrying the "data belum tersedia"
 * warning) or incomplete. Recomputes open requests so their stored warnings follow.
 */
export async function setHolidayYearComplete(actor: StaffUser, yearInput: unknown, complete: boolean): Promise<RecomputeSummary> {
  assertPermission(actor, "manageHolidays");
  const year = parseOrRefuse(holidayYearSchema, yearInput);
  return db.$transaction(async (tx) => {
    const before = await tx.holidayYear.findUnique({ where: { year } });
    if (Boolean(before) === complete) return { checked: 0, changed: 0 };
    if (complete) {
      await tx.holidayYear.create({ data: { year, source: `Ditandai lengkap oleh ${actor.username}` } });
    } else {
      await tx.holidayYear.delete({ where: { year } });
    }
    const reason = `Data hari libur tahun ${year} ditandai ${complete ? "lengkap" : "belum lengkap"}.`;
    const recompute = await recomputeOpenRequests(tx, actor, reason);
    await writeAudit(tx, actor, {
      action: complete ? "MARK_HOLIDAY_YEAR_COMPLETE" : "MARK_HOLIDAY_YEAR_INCOMPLETE",
      entityType: "HolidayYear",
      entityId: String(year),
      before,
      after: { year, complete, recompute },
    });
    return recompute;
  }, RECOMPUTE_TRANSACTION_OPTIONS);
}
