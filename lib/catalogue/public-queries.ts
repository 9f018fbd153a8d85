import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import type { DipCategory } from "@/lib/generated/prisma/enums";
import { searchVisibleItemIds } from "./search";
import { EXEMPT_SELECT, OPEN_SELECT, visibleWhere, type PublicItem } from "./visibility";

const CATEGORY_ORDER: DipCategory[] = ["SERTA_MERTA", "BERKALA", "SETIAP_SAAT", "DIKECUALIKAN"];

export type PublicListFilter = { category?: DipCategory | null; q?: string | null };

/**
 * The published catalogue as the public may see it: exempt items are read with EXEMPT_SELECT (title
 * and legal basis only), every other item with OPEN_SELECT. Search results keep their rank order.
 */
export async function listPublicItems(filter: PublicListFilter = {}, now: Date = new Date(), client: Db | Tx = db): Promise<PublicItem[]> {
  const ids = filter.q?.trim() ? await searchVisibleItemIds(filter.q, now, client) : null;
  if (ids && ids.length === 0) return [];
  const base = { ...visibleWhere(now), ...(ids ? { id: { in: ids } } : {}) };
  const wantOpen = !filter.category || filter.category !== "DIKECUALIKAN";
  const wantExempt = !filter.category || filter.category === "DIKECUALIKAN";
  const [open, exempt] = await Promise.all([
    wantOpen
      ? client.dipItem.findMany({ where: { ...base, category: filter.category ?? { not: "DIKECUALIKAN" } }, select: OPEN_SELECT })
      : [],
    wantExempt ? client.dipItem.findMany({ where: { ...base, category: "DIKECUALIKAN" }, select: EXEMPT_SELECT }) : [],
  ]);
  const items: PublicItem[] = [...open.map((i) => ({ ...i, exempt: false as const })), ...exempt.map((i) => ({ ...i, exempt: true as const }))];
  if (ids) {
    const rank = new Map(ids.map((id, i) => [id, i]));
    return items.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  }
  return items.sort(
    (a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) || a.title.localeCompare(b.title, "id"),
  );
}

/** One visible item by slug or id, with the same narrow selects. */
export async function getPublicItem(slugOrId: string, now: Date = new Date(), client: Db | Tx = db): Promise<PublicItem | null> {
  const where = { ...visibleWhere(now), OR: [{ slug: slugOrId }, { id: slugOrId }] };
  const head = await client.dipItem.findFirst({ where, select: { id: true, category: true } });
  if (!head) return null;
  if (head.category === "DIKECUALIKAN") {
    const item = await client.dipItem.findUniqueOrThrow({ where: { id: head.id }, select: EXEMPT_SELECT });
    return { ...item, exempt: true };
  }
  const item = await client.dipItem.findUniqueOrThrow({ where: { id: head.id }, select: OPEN_SELECT });
  return { ...item, exempt: false };
}

/** A file the public may download: attached to a visible, non-exempt item. */
export async function getPublicFile(fileId: string, now: Date = new Date(), client: Db | Tx = db) {
  const link = await client.dipItemFile.findFirst({
    where: { fileId, item: { ...visibleWhere(now), category: { not: "DIKECUALIKAN" } } },
    select: { file: { select: { storageKey: true, originalName: true, mimeType: true, size: true } } },
  });
  return link?.file ?? null;
}

/** Serta merta announcements for the portal banner: published within the last `bannerDays`. */
export async function listActiveAnnouncements(bannerDays: number, now: Date = new Date(), client: Db | Tx = db) {
  const since = new Date(now.getTime() - bannerDays * 86_400_000);
  return client.dipItem.findMany({
    where: { ...visibleWhere(now), category: "SERTA_MERTA", publishedAt: { gte: since, lte: now } },
    select: { id: true, slug: true, title: true, publishedAt: true },
    orderBy: { publishedAt: "desc" },
    take: 3,
  });
}
