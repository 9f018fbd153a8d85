/**
 * Default mandatory list (domain README §2): UU KIP Pasal 9 (berkala) and Pasal 11 (setiap saat).
 * Also inserted by the dip_catalogue migration, so every database starts with it; staff edit it.
 */
export const DEFAULT_MANDATORY_KINDS = [
  { code: "B-PROFIL", category: "BERKALA", legalBasis: "UU KIP Pasal 9 ayat (2) huruf a", title: "Profil badan publik (kedudukan, tugas, fungsi, struktur, pejabat)" },
  { code: "B-PROGRAM", category: "BERKALA", legalBasis: "UU KIP Pasal 9 ayat (2) huruf b", title: "Ringkasan program dan kegiatan yang sedang dijalankan" },
  { code: "B-KINERJA", category: "BERKALA", legalBasis: "UU KIP Pasal 9 ayat (2) huruf b", title: "Ringkasan informasi kinerja (LKjIP)" },
  { code: "B-KEUANGAN", category: "BERKALA", legalBasis: "UU KIP Pasal 9 ayat (2) huruf c", title: "Ringkasan laporan keuangan" },
  { code: "B-AKSES", category: "BERKALA", legalBasis: "UU KIP Pasal 9 ayat (2) huruf d", title: "Ringkasan laporan akses informasi publik" },
  { code: "B-REGULASI", category: "BERKALA", legalBasis: "UU KIP Pasal 9 ayat (2) huruf d", title: "Peraturan, keputusan dan kebijakan yang mengikat publik" },
  { code: "B-PROSEDUR", category: "BERKALA", legalBasis: "UU KIP Pasal 9; Perki 1/2021", title: "Prosedur permohonan informasi, keberatan dan sengketa" },
  { code: "B-PENGADAAN", category: "BERKALA", legalBasis: "UU KIP Pasal 9; Perki 1/2021", title: "Informasi pengadaan barang dan jasa" },
  { code: "B-PERINGATAN", category: "BERKALA", legalBasis: "UU KIP Pasal 9; Perki 1/2021", title: "Prosedur peringatan dini dan evakuasi keadaan darurat" },
  { code: "S-DIP", category: "SETIAP_SAAT", legalBasis: "UU KIP Pasal 11 ayat (1) huruf a", title: "Daftar Informasi Publik" },
  { code: "S-KEPUTUSAN", category: "SETIAP_SAAT", legalBasis: "UU KIP Pasal 11 ayat (1) huruf b", title: "Keputusan badan publik dan pertimbangannya" },
  { code: "S-KEBIJAKAN", category: "SETIAP_SAAT", legalBasis: "UU KIP Pasal 11 ayat (1) huruf c", title: "Kebijakan dan dokumen pendukungnya" },
  { code: "S-RENCANA", category: "SETIAP_SAAT", legalBasis: "UU KIP Pasal 11 ayat (1) huruf d", title: "Rencana kerja dan perkiraan pengeluaran tahunan (Renstra, Renja, DPA)" },
  { code: "S-PERJANJIAN", category: "SETIAP_SAAT", legalBasis: "UU KIP Pasal 11 ayat (1) huruf e", title: "Perjanjian badan publik dengan pihak ketiga" },
  { code: "S-SOP", category: "SETIAP_SAAT", legalBasis: "UU KIP Pasal 11 ayat (1) huruf g", title: "Prosedur kerja pegawai yang berkaitan dengan pelayanan publik (SOP)" },
  { code: "S-LAPORAN", category: "SETIAP_SAAT", legalBasis: "UU KIP Pasal 11 ayat (1) huruf h", title: "Laporan tahunan layanan akses informasi publik" },
] as const;
