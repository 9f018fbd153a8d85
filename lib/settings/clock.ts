import "server-only";
import { z } from "zod";
import { DEFAULT_CLOCK_SETTINGS, isValidTimeZone, todayInZone, type CalendarDate, type ClockSettings } from "@/lib/deadlines";
import { readSetting } from "@/lib/settings/store";
import type { Tx, Db } from "@/lib/db";

const dayCount = (label: string) =>
  z.coerce.number(`${label} harus berupa angka.`).int(`${label} harus bilangan bulat.`).min(1, `${label} minimal 1 hari kerja.`).max(90, `${label} maksimal 90 hari kerja.`);

// Shared by the admin form (browser) and the server action.
export const clockSettingsSchema = z.object({
  timeZone: z.string("Zona waktu wajib diisi.").trim().refine(isValidTimeZone, "Zona waktu tidak dikenal (contoh: Asia/Makassar)."),
  cutiBersamaIsWorkingDay: z.coerce.boolean(),
  nonWorkingDayReceipt: z.enum(["NEXT_WORKING_DAY", "AS_IS"], "Pilih aturan penerimaan pada hari libur."),
  officeHoursCutoff: z
    .string("Format jam JJ:MM, misalnya 16:00.")
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Format jam JJ:MM, misalnya 16:00.")
    .nullable(),
  noticeWorkingDays: dayCount("Batas pemberitahuan tertulis"),
  extensionWorkingDays: dayCount("Perpanjangan"),
  objectionFilingWorkingDays: dayCount("Batas pengajuan keberatan"),
  objectionAnswerWorkingDays: dayCount("Batas tanggapan keberatan"),
  disputeFilingWorkingDays: dayCount("Batas pengajuan sengketa"),
}) satisfies z.ZodType<ClockSettings>;

export const CLOCK_SETTINGS_KEY = "clock";

export async function getClockSettings(client?: Tx | Db): Promise<ClockSettings> {
  return readSetting(CLOCK_SETTINGS_KEY, clockSettingsSchema, { ...DEFAULT_CLOCK_SETTINGS }, client);
}

/** Today's date at the office (the clock setting's time zone). */
export async function officeToday(now = new Date(), client?: Tx | Db): Promise<CalendarDate> {
  return todayInZone(now, (await getClockSettings(client)).timeZone);
}
