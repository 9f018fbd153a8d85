import type { Db, Tx } from "@/lib/db";

export type AuditPeriodRange = { start: Date; end: Date };

/** What a data source found for a period: a figure and a score, or a clear reason why it cannot. */
export type PrefillResult =
  | { available: true; share: number; numerator: number; denominator: number; figure: string; score: number }
  | { available: false; figure: string };

export type PrefillSource = {
  key: string;
  label: string;
  compute: (client: Db | Tx, period: AuditPeriodRange) => Promise<PrefillResult>;
};
