import type { HolidayKind } from "@/lib/generated/prisma/enums";

export const HOLIDAY_KIND_LABELS: Record<HolidayKind, string> = {
  LIBUR_NASIONAL: "Libur nasional",
  CUTI_BERSAMA: "Cuti bersama",
  LIBUR_LOKAL: "Libur lokal",
};
