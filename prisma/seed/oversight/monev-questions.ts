/** Demo Monev questions per default indicator (0–4: 0 tidak ada … 4 lengkap dan mutakhir). */
export const MONEV_QUESTIONS: Record<string, string[]> = {
  JENIS_INFORMASI: [
    "Informasi berkala (Pasal 9 UU KIP) tersedia lengkap di portal.",
    "Informasi serta-merta diumumkan tanpa penundaan bila terjadi keadaan darurat.",
    "Informasi setiap saat tersedia dan dapat diminta.",
  ],
  DIGITALISASI: [
    "Permohonan informasi dapat diajukan dan dilacak secara daring.",
    "Portal PPID menyediakan DIP yang dapat dicari dan diunduh.",
  ],
  KUALITAS_INFORMASI: ["Informasi yang diumumkan akurat, mutakhir dan mencantumkan tanggal pemutakhiran."],
  PELAYANAN_INFORMASI: ["Standar layanan (maklumat, SOP, waktu, biaya) diumumkan dan dipatuhi."],
  KOMITMEN_ORGANISASI: ["PPID ditetapkan dengan SK dan didukung anggaran tahunan."],
  SARANA_PRASARANA: ["Tersedia meja layanan, komputer publik dan akses bagi penyandang disabilitas."],
};

/** Demo answers per year, in question order (2024 weaker, 2025 improved). */
export const MONEV_ANSWERS: Record<number, number[]> = {
  2024: [3, 2, 3, 2, 2, 3, 3, 3, 2],
  2025: [4, 3, 4, 4, 3, 3, 4, 4, 3],
};
export const MONEV_VISIT: Record<number, number | null> = { 2024: 72.5, 2025: null };
