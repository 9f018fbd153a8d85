/**
 * The staff form for a request received offline (e-mail, letter, walk-in, phone): the public form's
 * fields and cross-field rules, plus the channel and the real date and time of receipt (office zone,
 * WITA). "Not in the future" depends on the clock, so the service checks it.
 */
import { z } from "zod";
import { isCalendarDate } from "@/lib/deadlines";
import { requestFormSchema } from "@/lib/requests/schema";

export const OFFLINE_CHANNELS = ["DATANG_LANGSUNG", "SURAT", "EMAIL", "TELEPON"] as const;

/** "YYYY-MM-DDTHH:MM", what <input type="datetime-local"> posts. */
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(:\d{2})?$/;

export const offlineRequestSchema = requestFormSchema.extend({
  channel: z.enum(OFFLINE_CHANNELS, "Pilih saluran penerimaan permohonan."),
  receivedAt: z
    .string("Tanggal dan jam penerimaan wajib diisi.")
    .trim()
    .refine((v) => {
      const match = LOCAL_DATE_TIME.exec(v);
      return match !== null && isCalendarDate(match[1]) && Number(match[1].slice(0, 4)) >= 2000;
    }, "Tanggal dan jam penerimaan wajib diisi dengan benar (tanggal dan jam, WITA)."),
});

export type OfflineRequestValues = z.input<typeof offlineRequestSchema>;
export type OfflineRequestInput = z.output<typeof offlineRequestSchema>;
export type OfflineRequestField = keyof OfflineRequestValues;

/** Splits a valid datetime-local value into the office date and "HH:MM". */
export function splitLocalDateTime(value: string): { date: `${number}-${number}-${number}`; time: string } {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) throw new RangeError(`Invalid local date-time "${value}"`);
  return { date: match[1] as `${number}-${number}-${number}`, time: `${match[2]}:${match[3]}` };
}
