import type { ComplaintCategory, ComplaintStatus } from "@/lib/generated/prisma/enums";

export const CATEGORY_LABELS: Record<ComplaintCategory, string> = {
  JAWABAN_TERLAMBAT: "Jawaban terlambat",
  PETUGAS_TIDAK_MEMBANTU: "Petugas tidak membantu atau tidak sopan",
  INFORMASI_TIDAK_AKURAT: "Informasi tidak akurat",
  BIAYA: "Biaya",
  MASALAH_PORTAL: "Masalah pada portal",
  LAINNYA: "Lainnya",
};

export const COMPLAINT_STATUS_LABELS: Record<ComplaintStatus, string> = {
  BARU: "Diterima, menunggu penelaahan",
  DITELAAH: "Sedang ditelaah",
  DITANGGAPI: "Sudah ditanggapi",
  SELESAI: "Selesai",
};

export const CATEGORY_VALUES = Object.keys(CATEGORY_LABELS) as ComplaintCategory[];
