import { z } from "zod";
import { isCalendarDate, type CalendarDate } from "@/lib/deadlines/calendar-date";

// One definition of a date typed into a form (TTTT-BB-HH), shared by every schema with a date field.
// A date that does not exist (2026-02-30) or lies outside 2000–2100 is refused at its field.

const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

export const calendarDateField = (label: string) =>
  z
    .string(`${label} wajib diisi.`)
    .trim()
    .min(1, `${label} wajib diisi.`)
    .refine(isCalendarDate, `${label} tidak valid (gunakan tanggal yang ada, format TTTT-BB-HH).`)
    .refine((v) => Number(v.slice(0, 4)) >= FIRST_YEAR && Number(v.slice(0, 4)) <= LAST_YEAR, `${label} harus antara tahun ${FIRST_YEAR} dan ${LAST_YEAR}.`)
    .transform((v) => v as CalendarDate);

/** The same, but an empty field is allowed and becomes null. */
export const optionalCalendarDateField = (label: string) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), calendarDateField(label).optional()).transform((v) => v ?? null);
