import type { AuditStatus, FindingSeverity, FindingStatus } from "@/lib/generated/prisma/enums";

export const AUDIT_STATUS_LABELS: Record<AuditStatus, string> = { DRAFT: "Draf", SUBMITTED: "Dikirim (terkunci)" };
export const SEVERITY_LABELS: Record<FindingSeverity, string> = { RENDAH: "Rendah", SEDANG: "Sedang", TINGGI: "Tinggi" };
export const FINDING_STATUS_LABELS: Record<FindingStatus, string> = { TERBUKA: "Terbuka", DITUTUP: "Ditutup" };

/** The eight service standards an instrument's sections check (Perki 1/2021 + facilities). */
export const STANDARD_LABELS: Record<string, string> = {
  PENGUMUMAN: "Pengumuman informasi publik",
  PERMOHONAN: "Pelayanan permohonan informasi",
  KEBERATAN: "Pengajuan keberatan",
  DIP: "Penetapan dan pemutakhiran DIP",
  DOKUMENTASI: "Pendokumentasian informasi",
  MAKLUMAT: "Maklumat pelayanan",
  UJI_KONSEKUENSI: "Pengujian konsekuensi",
  SARANA: "Sarana dan prasarana",
};
