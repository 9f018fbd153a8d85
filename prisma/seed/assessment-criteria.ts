/**
 * Default criteria for assessing a PPID desk officer (levels 1–4, lib/evaluation/rubric-score.ts).
 * Reference data: also inserted by the officer_assessment_rubric migration, so every database starts
 * with them (demo or not); ADMIN/PPID edit them on Staf → Kriteria penilaian petugas.
 * Weights add up to 100 (they are relative, so they need not).
 */
export const DEFAULT_ASSESSMENT_CRITERIA = [
  {
    code: "REGULASI",
    name: "Penguasaan regulasi KIP dan SOP",
    description: "Memahami dan menerapkan UU 14/2008, Perki 1/2021, SOP pelayanan informasi dan daftar informasi yang dikecualikan.",
    weight: 20,
    levels: [
      "Belum memahami alur permohonan dan ketentuan dasar UU KIP; sering memerlukan arahan.",
      "Memahami alur pokok, tetapi masih keliru pada ketentuan tenggat, perpanjangan atau pengecualian.",
      "Menerapkan UU KIP, Perki 1/2021 dan SOP dengan benar pada permohonan yang lazim.",
      "Menguasai regulasi dan SOP secara menyeluruh, termasuk kasus sulit (uji konsekuensi, keberatan), dan membimbing rekan kerja.",
    ],
  },
  {
    code: "KETEPATAN-WAKTU",
    name: "Ketepatan waktu pemberitahuan tertulis",
    description: "Pemberitahuan tertulis disampaikan paling lambat 10 hari kerja, atau 17 hari kerja dengan perpanjangan beralasan (UU KIP Pasal 22 ayat 7 dan 8).",
    weight: 20,
    levels: [
      "Banyak permohonan melewati tenggat tanpa pemberitahuan tertulis.",
      "Sebagian besar tepat waktu, tetapi masih ada permohonan lewat tenggat atau diperpanjang tanpa alasan memadai.",
      "Seluruh permohonan dijawab dalam tenggat; perpanjangan hanya dengan alasan tertulis.",
      "Seluruh permohonan dijawab jauh sebelum tenggat dan pemohon diberi kabar perkembangan secara proaktif.",
    ],
  },
  {
    code: "KUALITAS-JAWABAN",
    name: "Kualitas dan kejelasan jawaban",
    description: "Jawaban dan pemberitahuan tertulis lengkap, akurat, mudah dipahami, dan menyebutkan dasar hukum bila permohonan ditolak.",
    weight: 20,
    levels: [
      "Jawaban sering tidak lengkap, tidak sesuai permintaan atau sulit dipahami.",
      "Jawaban umumnya sesuai, tetapi kerap perlu diperbaiki atau dasar hukumnya kurang jelas.",
      "Jawaban lengkap, akurat dan jelas; penolakan menyebutkan pasal dan hasil uji konsekuensi.",
      "Jawaban teladan: ringkas, jelas, lengkap dengan rujukan, dan memudahkan pemohon menindaklanjuti.",
    ],
  },
  {
    code: "SIKAP-ETIKA",
    name: "Sikap dan etika pelayanan",
    description: "Ramah, sopan dan adil tanpa membedakan pemohon, menjaga kerahasiaan data pribadi pemohon, sesuai maklumat pelayanan.",
    weight: 15,
    levels: [
      "Ada keluhan pemohon tentang sikap atau perlakuan yang tidak patut.",
      "Sikap umumnya baik, tetapi belum konsisten pada semua saluran layanan.",
      "Ramah, sopan dan adil pada setiap saluran layanan; data pribadi pemohon terjaga.",
      "Menjadi teladan etika pelayanan; mendapat apresiasi pemohon dan menangani pemohon yang sulit dengan tenang.",
    ],
  },
  {
    code: "DOKUMENTASI",
    name: "Pengelolaan dokumentasi dan register",
    description: "Register permohonan dan keberatan serta arsip berkas diisi lengkap, tepat waktu dan mudah ditelusuri.",
    weight: 15,
    levels: [
      "Register sering tidak diisi atau berkas tidak dapat ditemukan.",
      "Register terisi, tetapi ada kolom kosong atau berkas yang terlambat diarsipkan.",
      "Register lengkap dan mutakhir; berkas tersimpan rapi dan mudah ditelusuri.",
      "Register dan arsip lengkap tanpa temuan audit; aktif memutakhirkan Daftar Informasi Publik.",
    ],
  },
  {
    code: "KERJA-SAMA",
    name: "Kerja sama dan inisiatif",
    description: "Berkoordinasi dengan bidang pemilik informasi, membantu rekan kerja, dan mengusulkan perbaikan layanan.",
    weight: 10,
    levels: [
      "Jarang berkoordinasi; pekerjaan sering tertunda menunggu arahan.",
      "Berkoordinasi bila diminta; inisiatif masih terbatas.",
      "Aktif berkoordinasi dengan bidang pemilik informasi dan membantu rekan kerja.",
      "Mengambil inisiatif memperbaiki layanan (misalnya usulan SOP atau materi DIP) dan menggerakkan rekan kerja.",
    ],
  },
] as const;
