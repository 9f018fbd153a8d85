import "server-only";
import { db, type Db, type Tx } from "@/lib/db";

/**
 * Words → a prefix tsquery ("harga gula" → "harga:* & gula:*"). Only letters and digits survive,
 * so the text cannot inject tsquery operators; unaccent() runs in SQL on both sides.
 */
export function toPrefixQuery(q: string): string | null {
  const words = q.normalize("NFC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words.slice(0, 12).map((w) => `${w}:*`).join(" & ");
}

/**
 * Ids of visible items matching `q`, best first (full-text, 'simple' config + unaccent: case- and
 * accent-insensitive). Exempt items match on their title only: their summary is never public.
 */
export async function searchVisibleItemIds(q: string, now: Date = new Date(), client: Db | Tx = db): Promise<string[]> {
  const query = toPrefixQuery(q);
  if (!query) return [];
  const rows = await client.$queryRaw<{ id: string }[]>`
    SELECT i.id FROM "DipItem" i, to_tsquery('simple', unaccent(${query})) q
    WHERE i."publishedAt" IS NOT NULL AND i."publishedAt" <= ${now} AND i."withdrawnAt" IS NULL
      AND CASE WHEN i.category = 'DIKECUALIKAN'
        THEN to_tsvector('simple', unaccent(i.title)) @@ q
        ELSE i."searchVector" @@ q END
    ORDER BY ts_rank(i."searchVector", q) DESC, i.title ASC
    LIMIT 200`;
  return rows.map((r) => r.id);
}
