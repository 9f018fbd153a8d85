import { randomUUID } from "node:crypto";

/** Form values for an item; every title carries a unique marker so files can share one database. */
export function itemValues(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    category: "BERKALA",
    title: `Informasi uji ${randomUUID().slice(0, 8)}`,
    summary: "Ringkasan informasi uji.",
    tags: "uji",
    unit: "Sekretariat",
    responsibleOfficial: "Sekretaris Dinas",
    madeWhen: "Juni 2026",
    madeWhere: "Kupang",
    formats: "PDF",
    retentionPeriod: "5 tahun",
    linkUrl: "https://disperindag.nttprov.go.id/dokumen/uji.pdf",
    mandatoryKindId: "",
    updateCycleMonths: "6",
    lastUpdatedAt: "2026-06-03",
    publish: "on",
    exemptLetter: "",
    exemptLegalBasis: "",
    exemptConsequence: "",
    exemptUntil: "",
    exemptDecisionNumber: "",
    exemptDecisionDate: "",
    ...overrides,
  };
}

export const marker = () => `m${randomUUID().replace(/-/g, "").slice(0, 10)}`;

export const EXEMPT_SECRET = "NILAI-PENAWARAN-RAHASIA";

export function exemptValues(title: string): Record<string, string> {
  return itemValues({
    category: "DIKECUALIKAN",
    title,
    summary: `Isi internal ${EXEMPT_SECRET}`,
    exemptLetter: "b",
    exemptLegalBasis: "UU KIP Pasal 17 huruf b",
    exemptConsequence: `Konsekuensi ${EXEMPT_SECRET}`,
    exemptUntil: "2027-03-31",
    exemptDecisionNumber: `KEP-${EXEMPT_SECRET}`,
    exemptDecisionDate: "2026-10-22",
    updateCycleMonths: "12",
  });
}
