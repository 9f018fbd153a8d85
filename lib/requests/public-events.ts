/**
 * Request events the requester may see on /lacak, with their public wording. Only these types are
 * shown, and only type + time: event notes and actors (staff names, internal remarks) never leave
 * the office. A new event type stays internal until it is added here.
 * Types: DITERIMA (lib/requests/create-request.ts), the rest from lib/requests/services (staff actions).
 */
export const PUBLIC_EVENT_LABELS: Record<string, string> = {
  DITERIMA: "Permohonan diterima dan diregistrasi",
  ASSIGNED: "Permohonan mulai diproses petugas",
  CLARIFICATION_REQUESTED: "Klarifikasi diminta kepada pemohon (penghitungan waktu dihentikan sementara)",
  CLARIFICATION_ANSWERED: "Jawaban klarifikasi diterima (penghitungan waktu dilanjutkan)",
  EXTENDED: "Jangka waktu diperpanjang 7 hari kerja",
  // The decision is recorded first; the letter itself appears as SURAT_DITERBITKAN once issued.
  DECIDED: "Permohonan diputuskan; surat pemberitahuan tertulis disiapkan",
  DELIVERED: "Informasi disampaikan kepada pemohon",
  KEBERATAN_DIAJUKAN: "Keberatan diterima dan diregistrasi", // issue 3
  KEBERATAN_DIPUTUSKAN: "Atasan PPID memberikan tanggapan atas keberatan", // issue 3
  KEBERATAN_DISELESAIKAN_MUSYAWARAH: "Keberatan diselesaikan secara musyawarah dengan pemohon",
  KEBERATAN_DILAKSANAKAN: "PPID melaksanakan tanggapan Atasan PPID atas keberatan", // issue 3
  SURAT_DITERBITKAN: "Surat diterbitkan (dapat diunduh di bawah)", // issue 3
  INFORMASI_DILAMPIRKAN: "Berkas informasi tersedia untuk diunduh", // issue 3
  CLOSED: "Permohonan selesai",
};

export const PUBLIC_EVENT_TYPES = Object.keys(PUBLIC_EVENT_LABELS);
