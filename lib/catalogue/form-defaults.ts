import type { StaffItem } from "./staff-item-query";

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

/** Values for a new item's form; `today` is the office date. */
export function newItemDefaults(today: string): Record<string, string> {
  return { category: "BERKALA", updateCycleMonths: "6", lastUpdatedAt: today, retentionPeriod: "5 tahun", publish: "on" };
}

/** An existing item as form values (lastUpdatedAt is stored at noon UTC, so its UTC date is the office date). */
export function itemDefaults({ item }: StaffItem): Record<string, string> {
  return {
    category: item.category,
    title: item.title,
    summary: item.summary,
    tags: item.tags.join(", "),
    unit: item.unit,
    responsibleOfficial: item.responsibleOfficial,
    madeWhen: item.madeWhen ?? "",
    madeWhere: item.madeWhere ?? "",
    formats: item.formats.join(", "),
    retentionPeriod: item.retentionPeriod,
    linkUrl: item.linkUrl ?? "",
    mandatoryKindId: item.mandatoryKindId ?? "",
    updateCycleMonths: String(item.updateCycleMonths),
    lastUpdatedAt: iso(item.lastUpdatedAt),
    publish: item.publishedAt ? "on" : "",
    exemptLetter: item.exemptLetter ?? "",
    exemptLegalBasis: item.exemptLegalBasis ?? "",
    exemptConsequence: item.exemptConsequence ?? "",
    exemptUntil: iso(item.exemptUntil),
    exemptDecisionNumber: item.exemptDecisionNumber ?? "",
    exemptDecisionDate: iso(item.exemptDecisionDate),
  };
}
