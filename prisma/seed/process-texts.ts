/** Staff wording used in the demo timelines: clarification questions with answers, extension reasons. */

export const CLARIFICATIONS: readonly { question: string; answer: string }[] = [
  {
    question: "Mohon memperjelas periode data yang dimaksud (bulan dan tahun) serta komoditas yang diperlukan.",
    answer: "Periode yang diperlukan Januari sampai Juni; komoditas beras, minyak goreng dan gula pasir.",
  },
  {
    question: "Mohon menyebutkan kabupaten/kota dan nama pasar atau lokasi yang datanya diperlukan.",
    answer: "Cukup data untuk Kota Kupang dan Kabupaten Kupang.",
  },
  {
    question: "Mohon mengirimkan kembali salinan KTP yang terbaca jelas dan nomor telepon yang dapat dihubungi.",
    answer: "Salinan KTP sudah dikirim ulang melalui surel dan nomor telepon aktif sudah dicantumkan.",
  },
  {
    question: "Mohon memperjelas apakah yang diminta data agregat per kabupaten atau data per pelaku usaha.",
    answer: "Yang diperlukan data agregat per kabupaten saja.",
  },
  {
    question: "Mohon menjelaskan dokumen mana yang dimaksud, karena terdapat beberapa laporan dengan judul serupa.",
    answer: "Yang dimaksud laporan tahunan bidang, bukan laporan per kegiatan.",
  },
];

export const EXTENSION_REASONS: readonly string[] = [
  "Informasi yang diminta tersebar di Bidang Perdagangan Dalam Negeri dan Bidang Industri sehingga memerlukan waktu untuk dihimpun.",
  "Data harus dikompilasi dari laporan UPT Metrologi Legal dan dinas kabupaten/kota yang belum seluruhnya masuk.",
  "Dokumen perlu diuji konsekuensi lebih dahulu untuk memastikan tidak memuat informasi yang dikecualikan.",
  "Volume dokumen besar dan perlu dipindai serta dihitamkan sebagian sebelum diserahkan.",
  "Pejabat penanggung jawab data sedang bertugas ke kabupaten; data perlu diverifikasi sebelum diberikan.",
];
