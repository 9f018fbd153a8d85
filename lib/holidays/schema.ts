import { z } from "zod";
import { HolidayKind } from "@/lib/generated/prisma/enums";
import { isCalendarDate, type CalendarDate } from "@/lib/deadlines";

// Shared by the admin form, the services and the import command.

export const MIN_HOLIDAY_YEAR = 2000;
export const MAX_HOLIDAY_YEAR = 2100;

const calendarDateSchema = z
  .string("Tanggal wajib diisi.")
  .trim()
  .refine(isCalendarDate, "Tanggal tidak valid (format TTTT-BB-HH, misalnya 2026-08-17).")
  .refine((date) => {
    const year = Number(date.slice(0, 4));
    return year >= MIN_HOLIDAY_YEAR && year <= MAX_HOLIDAY_YEAR;
  }, `Tahun harus antara ${MIN_HOLIDAY_YEAR} dan ${MAX_HOLIDAY_YEAR}.`)
  .transform((date) => date as CalendarDate);

export const holidayKindSchema = z.enum(HolidayKind, "Pilih jenis hari libur.");

export const holidaySchema = z.object({
  date: calendarDateSchema,
  kind: holidayKindSchema,
  name: z.string("Nama hari libur wajib diisi.").trim().min(3, "Nama hari libur minimal 3 karakter.").max(150, "Nama hari libur maksimal 150 karakter."),
});

export type HolidayValues = z.output<typeof holidaySchema>;

export const holidayYearSchema = z.coerce
  .number("Tahun tidak valid.")
  .int("Tahun tidak valid.")
  .min(MIN_HOLIDAY_YEAR, `Tahun harus antara ${MIN_HOLIDAY_YEAR} dan ${MAX_HOLIDAY_YEAR}.`)
  .max(MAX_HOLIDAY_YEAR, `Tahun harus antara ${MIN_HOLIDAY_YEAR} dan ${MAX_HOLIDAY_YEAR}.`);

/** The holiday data file (same format as shared/domain/holidays-id-2025-2026.json). */
export const holidayFileSchema = z
  .object({
    about: z.string().optional(),
    sources: z.record(z.string(), z.string("Sumber data tiap tahun harus berupa teks.")).optional(),
    holidays: z.array(holidaySchema).min(1, "Berkas tidak memuat satu pun hari libur."),
  })
  .superRefine((file, ctx) => {
    for (const key of Object.keys(file.sources ?? {})) {
      if (!/^\d{4}$/.test(key)) ctx.addIssue({ code: "custom", path: ["sources", key], message: `Kunci "${key}" pada "sources" harus berupa tahun (TTTT).` });
    }
    const seen = new Set<string>();
    file.holidays.forEach((holiday, index) => {
      if (seen.has(holiday.date)) {
        ctx.addIssue({ code: "custom", path: ["holidays", index, "date"], message: `Tanggal ${holiday.date} muncul lebih dari sekali.` });
      }
      seen.add(holiday.date);
    });
  });

export type HolidayFile = z.output<typeof holidayFileSchema>;
