import type { Db, Tx } from "@/lib/db";
import { PREFILL_SOURCES } from "./sources";
import type { AuditPeriodRange, PrefillResult } from "./types";

/** Runs every data source an instrument's items name, once each, for the period. */
export async function computePrefills(client: Db | Tx, sources: (string | null)[], period: AuditPeriodRange): Promise<Map<string, PrefillResult>> {
  const results = new Map<string, PrefillResult>();
  for (const key of new Set(sources.filter((s): s is string => Boolean(s)))) {
    const source = PREFILL_SOURCES[key];
    results.set(key, source ? await source.compute(client, period) : { available: false, figure: "Sumber data tidak dikenal." });
  }
  return results;
}
