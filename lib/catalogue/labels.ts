import type { DipCategory } from "@/lib/generated/prisma/enums";

export const CATEGORY_LABELS: Record<DipCategory, string> = {
  BERKALA: "Berkala",
  SERTA_MERTA: "Serta merta",
  SETIAP_SAAT: "Setiap saat",
  DIKECUALIKAN: "Dikecualikan",
};

export const CATEGORY_BASIS: Record<DipCategory, string> = {
  BERKALA: "UU KIP Pasal 9",
  SERTA_MERTA: "UU KIP Pasal 10",
  SETIAP_SAAT: "UU KIP Pasal 11",
  DIKECUALIKAN: "UU KIP Pasal 17",
};

/** URL segment ↔ category, for /informasi?kategori=… */
export const CATEGORY_SLUGS: Record<string, DipCategory> = {
  berkala: "BERKALA",
  "serta-merta": "SERTA_MERTA",
  "setiap-saat": "SETIAP_SAAT",
  dikecualikan: "DIKECUALIKAN",
};

export function categorySlug(category: DipCategory): string {
  return Object.entries(CATEGORY_SLUGS).find(([, c]) => c === category)?.[0] ?? "berkala";
}

export const EXEMPT_LETTERS = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"] as const;
/** Pasal 17 g (authentic deeds) and h (personal secrets) never expire; a-f must. */
export const NON_EXPIRING_LETTERS = ["g", "h"];

/** The review checklist (shared by the form and the history). */
export const VERIFICATION_CHECKS = [
  ["contentCurrent", "Isi masih mutakhir"],
  ["figuresMatch", "Angka dan data sesuai dokumen sumber"],
  ["accessWorks", "Tautan atau berkas dapat dibuka/diunduh"],
  ["formatAccessible", "Format aksesibel (bukan hanya gambar pindaian; dapat dibaca pembaca layar)"],
] as const;
