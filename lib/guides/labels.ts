import type { GuideKind } from "@/lib/generated/prisma/enums";

export const GUIDE_KIND_LABELS: Record<GuideKind, string> = {
  SOP: "SOP",
  PANDUAN: "Panduan",
  STANDAR: "Standar layanan",
  MAKLUMAT: "Maklumat pelayanan",
};
