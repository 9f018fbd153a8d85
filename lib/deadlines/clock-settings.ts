/**
 * Settings of the working-day clock. The law (UU 14/2008) fixes the number of working
 * days; how an office counts receipt days is local practice, hence settings.
 */

/** What happens to a request received on a non-working day. */
export type NonWorkingDayReceipt =
  /** Counted as received on the next working day, so day 1 is the working day after that. */
  | "NEXT_WORKING_DAY"
  /** The non-working day itself is the day of receipt, so day 1 is the next working day. */
  | "AS_IS";

export interface ClockSettings {
  /** IANA zone of the office; all dates are computed in it (NTT: Asia/Makassar, UTC+8). */
  timeZone: string;
  /** When true, CUTI_BERSAMA days are ordinary working days. */
  cutiBersamaIsWorkingDay: boolean;
  nonWorkingDayReceipt: NonWorkingDayReceipt;
  /**
   * "HH:MM" (24h, office time) or null for no cutoff. A receipt at or after the cutoff
   * counts as received the next calendar day; the non-working-day rule then applies.
   */
  officeHoursCutoff: string | null;
  /** Written notice (pemberitahuan tertulis), UU KIP Pasal 22(7). */
  noticeWorkingDays: number;
  /** Extension with written reasons, Pasal 22(8). */
  extensionWorkingDays: number;
  /** Requester files an objection, Pasal 36(1). */
  objectionFilingWorkingDays: number;
  /** Atasan PPID answers the objection, Pasal 36(2). */
  objectionAnswerWorkingDays: number;
  /** Dispute to the Komisi Informasi after the answer, Pasal 37(2). */
  disputeFilingWorkingDays: number;
}

export const DEFAULT_CLOCK_SETTINGS: Readonly<ClockSettings> = Object.freeze({
  timeZone: "Asia/Makassar",
  cutiBersamaIsWorkingDay: false,
  nonWorkingDayReceipt: "NEXT_WORKING_DAY",
  officeHoursCutoff: "16:00",
  noticeWorkingDays: 10,
  extensionWorkingDays: 7,
  objectionFilingWorkingDays: 30,
  objectionAnswerWorkingDays: 30,
  disputeFilingWorkingDays: 14,
});

const CUTOFF_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of an "HH:MM" cutoff; throws on a malformed value. */
export function parseCutoffMinutes(cutoff: string): number {
  const match = CUTOFF_PATTERN.exec(cutoff);
  if (!match) throw new RangeError(`Invalid office-hours cutoff "${cutoff}" (expected HH:MM)`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** True when the runtime knows the IANA zone (Intl throws a RangeError otherwise). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

const DAY_COUNT_KEYS = [
  "noticeWorkingDays",
  "extensionWorkingDays",
  "objectionFilingWorkingDays",
  "objectionAnswerWorkingDays",
  "disputeFilingWorkingDays",
] as const satisfies readonly (keyof ClockSettings)[];

/** Every clock setting, in the order of ClockSettings (the fields of the settings form). */
export const CLOCK_SETTING_KEYS = [
  "timeZone",
  "cutiBersamaIsWorkingDay",
  "nonWorkingDayReceipt",
  "officeHoursCutoff",
  ...DAY_COUNT_KEYS,
] as const satisfies readonly (keyof ClockSettings)[];

/**
 * Merges stored (possibly partial) settings over the defaults and validates them, so a
 * bad admin value is rejected here rather than silently producing wrong deadlines.
 */
export function resolveClockSettings(partial: Partial<ClockSettings> = {}): ClockSettings {
  const defined = Object.fromEntries(
    Object.entries(partial).filter(([, value]) => value !== undefined),
  ) as Partial<ClockSettings>;
  const settings: ClockSettings = { ...DEFAULT_CLOCK_SETTINGS, ...defined };

  if (!isValidTimeZone(settings.timeZone)) {
    throw new RangeError(`Unknown time zone "${settings.timeZone}"`);
  }
  if (settings.nonWorkingDayReceipt !== "NEXT_WORKING_DAY" && settings.nonWorkingDayReceipt !== "AS_IS") {
    throw new RangeError(`Invalid nonWorkingDayReceipt "${String(settings.nonWorkingDayReceipt)}"`);
  }
  if (settings.officeHoursCutoff !== null) parseCutoffMinutes(settings.officeHoursCutoff);
  for (const key of DAY_COUNT_KEYS) {
    const value = settings[key];
    if (!Number.isInteger(value) || value < 1) {
      throw new RangeError(`${key} must be a positive integer, got ${String(value)}`);
    }
  }
  return settings;
}
