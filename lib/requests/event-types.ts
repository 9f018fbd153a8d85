// RequestEvent.type values written by the staff actions, with their timeline labels (Bahasa Indonesia).
export const REQUEST_EVENT_LABELS: Record<string, string> = {
  DITERIMA: "Permohonan diterima dan didaftarkan",
  ASSIGNED: "Petugas ditugaskan",
  CLARIFICATION_REQUESTED: "Klarifikasi diminta kepada pemohon",
  CLARIFICATION_ANSWERED: "Jawaban klarifikasi diterima",
  EXTENDED: "Jangka waktu diperpanjang",
  DECIDED: "Permohonan diputuskan",
  DELIVERED: "Informasi diserahkan",
  CLOSED: "Permohonan ditutup",
  KEBERATAN_DIAJUKAN: "Keberatan diajukan kepada Atasan PPID", // issue 3
  KEBERATAN_DIPUTUSKAN: "Keberatan ditanggapi Atasan PPID", // issue 3
  KEBERATAN_DISELESAIKAN_MUSYAWARAH: "Keberatan diselesaikan secara musyawarah",
  KEBERATAN_DILAKSANAKAN: "Putusan keberatan dilaksanakan PPID", // issue 3
  SURAT_DITERBITKAN: "Surat diterbitkan", // issue 3
  INFORMASI_DILAMPIRKAN: "Berkas informasi dilampirkan untuk pemohon", // issue 3
  TENGGAT_DIHITUNG_ULANG: "Tenggat dihitung ulang (perubahan hari libur atau pengaturan)",
};

/** Label of an event type; types written by other modules fall back to the raw value. */
export function requestEventLabel(type: string): string {
  return REQUEST_EVENT_LABELS[type] ?? type.replace(/_/g, " ").toLowerCase();
}
