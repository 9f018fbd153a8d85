import "server-only";
import { db, type Db } from "@/lib/db";
import { writeAudit } from "@/lib/audit/write-audit";
import { checkLink } from "./link-check";

export const LINK_CHECK_INTERVAL_DAYS = 7;
const BATCH = 5;

/**
 * The scheduled part of "published information can be opened": each run checks a few published links
 * not checked for LINK_CHECK_INTERVAL_DAYS (oldest first). An item is claimed by moving its check time
 * in one conditional UPDATE, so two app instances never check the same link in the same round.
 */
export async function checkDueLinks(now = new Date(), fetchImpl: typeof fetch = fetch, client: Db = db): Promise<number> {
  const stale = { OR: [{ linkCheckedAt: null }, { linkCheckedAt: { lt: new Date(now.getTime() - LINK_CHECK_INTERVAL_DAYS * 86_400_000) } }] };
  const due = await client.dipItem.findMany({
    where: { linkUrl: { not: null }, publishedAt: { not: null, lte: now }, withdrawnAt: null, ...stale },
    orderBy: { linkCheckedAt: { sort: "asc", nulls: "first" } },
    take: BATCH,
    select: { id: true, linkUrl: true },
  });
  let checked = 0;
  for (const item of due) {
    const claimed = await client.dipItem.updateMany({ where: { id: item.id, ...stale }, data: { linkCheckedAt: now } });
    if (claimed.count === 0) continue;
    const result = await checkLink(item.linkUrl!, fetchImpl);
    await client.$transaction(async (tx) => {
      await tx.dipItem.update({ where: { id: item.id }, data: { linkOk: result.ok, linkCheckedAt: now } });
      await writeAudit(tx, null, { action: "DIP_LINK_CHECKED", entityType: "DipItem", entityId: item.id, after: { url: item.linkUrl, ...result, scheduled: true } });
    });
    checked++;
  }
  return checked;
}
