/**
 * Pre-fill sources from the DIP catalogue and the keberatan register (issues 3 and 4), kept apart from
 * the request sources so each domain's figures live next to the queries they reuse.
 */
import { FRESHNESS_SELECT, freshnessOfRow } from "@/lib/catalogue/item-freshness";
import { getCatalogueSettings } from "@/lib/catalogue/settings";
import { visibleWhere } from "@/lib/catalogue/visibility";
import { officeDateOf } from "@/lib/datetime/zoned-to-utc";
import { getClockSettings } from "@/lib/settings/clock";
import { shareResult } from "./share-score";
import type { PrefillSource } from "./types";

/** Published items that were overdue or broken at the end of the period (lower is better). */
export const dipOverdue: PrefillSource = {
  key: "DIP_OVERDUE",
  label: "Informasi DIP yang terlambat dimutakhirkan",
  async compute(client, { end }) {
    const [items, clock, settings] = await Promise.all([
      client.dipItem.findMany({ where: visibleWhere(end), select: FRESHNESS_SELECT }),
      getClockSettings(client),
      getCatalogueSettings(client),
    ]);
    const stale = items.filter((item) => {
      const state = freshnessOfRow(item, end, clock.timeZone, settings.dueSoonDays).state;
      return state === "OVERDUE" || state === "BROKEN";
    }).length;
    return shareResult(stale, items.length, "informasi DIP terbit yang terlambat dimutakhirkan atau rusak pada akhir periode", true);
  },
};

/** Keberatan whose answer fell due in the period, answered by the Atasan on or before that date. */
export const objectionsOnTime: PrefillSource = {
  key: "OBJECTIONS_ON_TIME",
  label: "Keberatan dijawab tepat waktu",
  async compute(client, { start, end }) {
    const [rows, clock] = await Promise.all([
      client.objection.findMany({ where: { answerDueDate: { gte: start, lte: end } }, select: { answerDueDate: true, decidedAt: true } }),
      getClockSettings(client),
    ]);
    const onTime = rows.filter((r) => r.decidedAt && officeDateOf(r.decidedAt, clock.timeZone) <= r.answerDueDate.toISOString().slice(0, 10)).length;
    return shareResult(onTime, rows.length, "keberatan yang jatuh tempo dijawab Atasan PPID tepat waktu");
  },
};
