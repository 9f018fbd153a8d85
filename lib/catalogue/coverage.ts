import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import { getClockSettings } from "@/lib/settings/clock";
import { FRESHNESS_SELECT, freshnessOfRow } from "./item-freshness";
import { getCatalogueSettings } from "./settings";
import { visibleWhere } from "./visibility";

export type CoverageRow = { id: string; code: string; category: string; legalBasis: string; title: string; state: "ADA" | "USANG" | "KOSONG"; itemTitles: string[] };

/**
 * Mandatory kinds (active) and whether each has a current published item: ADA (fresh or due soon),
 * USANG (only overdue/broken items), KOSONG (none). No permission: the public sees it too.
 */
export async function mandatoryCoverage(now: Date = new Date(), client: Db | Tx = db): Promise<CoverageRow[]> {
  const [kinds, clock, settings] = await Promise.all([
    client.dipMandatoryKind.findMany({
      where: { active: true },
      orderBy: [{ category: "asc" }, { sortOrder: "asc" }],
      select: { id: true, code: true, category: true, legalBasis: true, title: true, items: { where: visibleWhere(now), select: { ...FRESHNESS_SELECT, title: true } } },
    }),
    getClockSettings(client),
    getCatalogueSettings(client),
  ]);
  return kinds.map((kind) => {
    const states = kind.items.map((item) => freshnessOfRow(item, now, clock.timeZone, settings.dueSoonDays).state);
    const current = states.some((s) => s === "FRESH" || s === "DUE_SOON");
    return {
      id: kind.id,
      code: kind.code,
      category: kind.category,
      legalBasis: kind.legalBasis,
      title: kind.title,
      state: current ? "ADA" : kind.items.length > 0 ? "USANG" : "KOSONG",
      itemTitles: kind.items.map((i) => i.title),
    };
  });
}
