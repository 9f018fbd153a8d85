import type { Prisma } from "@/lib/generated/prisma/client";

/** What the public may see: published (serta merta: always at once), not withdrawn. */
export function visibleWhere(now: Date = new Date()): Prisma.DipItemWhereInput {
  return { publishedAt: { not: null, lte: now }, withdrawnAt: null };
}

// The ONLY columns a public query may read. Exempt items: title and legal basis, never content or files.
export const OPEN_SELECT = {
  id: true,
  slug: true,
  category: true,
  title: true,
  summary: true,
  tags: true,
  unit: true,
  responsibleOfficial: true,
  madeWhen: true,
  madeWhere: true,
  formats: true,
  retentionPeriod: true,
  linkUrl: true,
  publishedAt: true,
  lastUpdatedAt: true,
  files: { select: { file: { select: { id: true, originalName: true, mimeType: true, size: true } } }, orderBy: { createdAt: "asc" } },
} as const satisfies Prisma.DipItemSelect;

export const EXEMPT_SELECT = {
  id: true,
  slug: true,
  category: true,
  title: true,
  exemptLetter: true,
  exemptLegalBasis: true,
  publishedAt: true,
  lastUpdatedAt: true,
} as const satisfies Prisma.DipItemSelect;

export type OpenItem = Prisma.DipItemGetPayload<{ select: typeof OPEN_SELECT }> & { exempt: false };
export type ExemptItem = Prisma.DipItemGetPayload<{ select: typeof EXEMPT_SELECT }> & { exempt: true };
export type PublicItem = OpenItem | ExemptItem;
