/** Demo DIP: mandatory kinds (ensured), ~25 items with CSV files, links and a few verifications. */
import { createHash } from "node:crypto";
import type { Tx } from "@/lib/db";
import { slugify } from "@/lib/catalogue/slug";
import { toCsv } from "@/lib/csv/to-csv";
import { newStorageKey, writeStoredFile } from "@/lib/files/storage";
import { FILE_KINDS } from "@/lib/files/limits";
import { DEMO_DIP_ITEMS, type DemoDipItem } from "./dip-items";
import { DEFAULT_MANDATORY_KINDS } from "./dip-mandatory";

const noonWita = (day: string) => new Date(`${day}T04:00:00Z`);
const plainDate = (day: string) => new Date(`${day}T00:00:00Z`);

async function attachCsv(tx: Tx, itemId: string, item: DemoDipItem): Promise<void> {
  if (!item.csv) return;
  const [header, ...rows] = item.csv;
  const bytes = new TextEncoder().encode(toCsv(header, rows, { delimiter: "," }));
  const storageKey = newStorageKey("csv", noonWita(item.updated));
  await writeStoredFile(storageKey, bytes);
  const file = await tx.uploadedFile.create({
    data: {
      storageKey,
      originalName: `${slugify(item.title)}.csv`,
      mimeType: FILE_KINDS.csv.mimeType,
      size: bytes.byteLength,
      sha256: createHash("sha256").update(bytes).digest("hex"),
    },
    select: { id: true },
  });
  await tx.dipItemFile.create({ data: { itemId, fileId: file.id } });
}

export async function seedDipCatalogue(tx: Tx, reviewerId: string): Promise<number> {
  await tx.dipMandatoryKind.createMany({
    data: DEFAULT_MANDATORY_KINDS.map((k, i) => ({ ...k, sortOrder: (i + 1) * 10 })),
    skipDuplicates: true,
  });
  const kinds = new Map((await tx.dipMandatoryKind.findMany({ select: { id: true, code: true } })).map((k) => [k.code, k.id]));
  for (const item of DEMO_DIP_ITEMS) {
    const updated = noonWita(item.updated);
    const created = await tx.dipItem.create({
      data: {
        slug: slugify(item.title),
        category: item.category,
        title: item.title,
        summary: item.summary,
        tags: item.tags,
        unit: item.unit,
        responsibleOfficial: item.official,
        madeWhen: item.madeWhen,
        formats: item.formats,
        retentionPeriod: item.retention,
        linkUrl: item.link ?? null,
        linkOk: item.link ? !item.linkBroken : null,
        linkCheckedAt: item.link ? noonWita("2026-12-01") : null,
        mandatoryKindId: item.kind ? (kinds.get(item.kind) ?? null) : null,
        publishedAt: item.publishedAt ? new Date(item.publishedAt) : updated,
        lastUpdatedAt: updated,
        updateCycleMonths: item.cycle,
        lastVerifiedAt: item.verified ? noonWita(item.verified) : null,
        exemptLetter: item.exempt?.letter ?? null,
        exemptLegalBasis: item.exempt?.basis ?? null,
        exemptConsequence: item.exempt?.consequence ?? null,
        exemptUntil: item.exempt?.until ? plainDate(item.exempt.until) : null,
        exemptDecisionNumber: item.exempt?.decision ?? null,
        exemptDecisionDate: item.exempt ? plainDate(item.exempt.decided) : null,
        createdAt: updated,
      },
      select: { id: true },
    });
    await attachCsv(tx, created.id, item);
    if (item.verified) {
      await tx.dipVerification.create({
        data: {
          itemId: created.id, reviewerId, at: noonWita(item.verified), passed: true,
          contentCurrent: true, figuresMatch: true, accessWorks: true, formatAccessible: true,
          notes: "Angka ringkasan dicocokkan dengan laporan keuangan audited; tautan dan format PDF teks dapat dibaca pembaca layar.",
        },
      });
    }
  }
  return DEMO_DIP_ITEMS.length;
}
