/** Topics granted in part: the copy is handed over with exempt passages blacked out (redaction note). */
import type { PartialTopic } from "./topics";

export const PARTIAL_TOPICS: readonly PartialTopic[] = [
  {
    theme: "distribusi", personas: ["PERUSAHAAN", "PENELITI"],
    subject: (c) => `Daftar pemegang STPUD (distributor) di Provinsi NTT tahun ${c.year - 1} lengkap dengan data pemilik perusahaan.`,
    purposes: ["Pemetaan pesaing dan calon mitra distribusi.", "Penelitian struktur pasar distribusi bahan pokok."],
    redaction: "NIK, NPWP pribadi dan nomor telepon pemilik perusahaan dihitamkan karena merupakan rahasia pribadi (Pasal 17 huruf h UU 14/2008); nama perusahaan, alamat usaha dan komoditas diberikan.",
    delivered: "Daftar pemegang STPUD dengan kolom data pribadi dihitamkan (PDF).",
  },
  {
    theme: "tenun", personas: ["LSM", "WARTAWAN"],
    subject: (c) => `Daftar penerima bantuan alat tenun bukan mesin (ATBM) tahun ${c.year - 1} beserta alamat penerima.`,
    purposes: ["Pemantauan ketepatan sasaran bantuan pemerintah.", "Bahan liputan program bantuan IKM."],
    redaction: "NIK dan alamat rumah penerima perorangan dihitamkan (rahasia pribadi, Pasal 17 huruf h UU 14/2008); nama kelompok, desa dan jenis bantuan diberikan lengkap.",
    delivered: "Daftar penerima bantuan ATBM dengan sebagian kolom dihitamkan (PDF).",
  },
  {
    theme: "pupuk", personas: ["LSM", "WARTAWAN", "KELOMPOK"],
    subject: (c) => `Laporan hasil pengawasan penyaluran pupuk bersubsidi di ${c.regency} tahun ${c.year - 1}.`,
    purposes: ["Pengawasan masyarakat atas penyaluran pupuk bersubsidi.", "Bahan advokasi kelompok tani."],
    redaction: "Nama pelapor dan uraian kasus yang sedang ditangani aparat penegak hukum dihitamkan (Pasal 17 huruf a dan h UU 14/2008); temuan umum dan rekomendasi diberikan.",
    delivered: "Laporan pengawasan pupuk bersubsidi dengan bagian tertentu dihitamkan (PDF, 18 halaman).",
  },
  {
    theme: "metrologi", personas: ["WARTAWAN", "LSM"],
    subject: (c) => `Berita acara hasil tera ulang pompa ukur BBM di SPBU ${c.regency} tahun ${c.year}.`,
    purposes: ["Bahan liputan perlindungan konsumen.", "Pengawasan takaran BBM oleh masyarakat."],
    redaction: "Data teknis kalibrasi milik pabrikan pompa ukur dihitamkan (Pasal 17 huruf b UU 14/2008) dan tanda tangan serta NIK pemilik SPBU dihitamkan (Pasal 17 huruf h).",
    delivered: "Salinan berita acara tera ulang dengan bagian teknis dihitamkan (PDF).",
  },
  {
    theme: "ekspor", personas: ["PENELITI", "MAHASISWA", "PERUSAHAAN"],
    subject: (c) => `Data realisasi ekspor kemiri dan rumput laut per perusahaan eksportir asal NTT tahun ${c.year - 1}.`,
    purposes: ["Penelitian konsentrasi pasar ekspor komoditas NTT.", "Analisis pesaing untuk rencana ekspor."],
    redaction: "Nilai transaksi per perusahaan dihitamkan karena menyangkut rahasia dagang (Pasal 17 huruf b UU 14/2008); total volume dan nilai per komoditas serta negara tujuan diberikan.",
    delivered: "Rekap realisasi ekspor dengan nilai per perusahaan dihitamkan (spreadsheet).",
  },
  {
    theme: "umum", personas: ["LSM", "WARTAWAN"],
    subject: (c) => `Salinan kontrak pengadaan peralatan laboratorium metrologi legal tahun ${c.year - 1}.`,
    purposes: ["Pemantauan pengadaan barang dan jasa pemerintah.", "Bahan liputan pengadaan daerah."],
    redaction: "Nomor rekening bank dan data pribadi direktur penyedia dihitamkan (Pasal 17 huruf h UU 14/2008); nilai kontrak, spesifikasi dan jadwal pekerjaan diberikan.",
    delivered: "Salinan kontrak pengadaan dengan data rekening dihitamkan (PDF, 36 halaman).",
  },
];
