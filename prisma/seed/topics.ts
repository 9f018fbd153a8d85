/**
 * What people ask an industry and trade office for: market prices, distributor and franchise
 * registrations, small-industry (IKM) data, subsidised fertiliser, legal metrology, exports.
 * This file holds the topics granted in full; topics-partial.ts and topics-declined.ts the rest.
 */
import type { Persona, Theme } from "./applicants";

export type TopicContext = {
  /** Year the request is received. */
  year: number;
  /** Regency named in the request (from places.ts). */
  regency: string;
  market: string;
};

export type Topic = {
  theme: Theme;
  personas: readonly Persona[];
  subject: (c: TopicContext) => string;
  purposes: readonly string[];
  /** What was handed over when granted (register "informasi yang diserahkan"). */
  delivered?: string;
};

export type PartialTopic = Topic & { redaction: string };

export const GRANTED_TOPICS: readonly Topic[] = [
  {
    theme: "pasar", personas: ["MAHASISWA", "WARTAWAN", "PEDAGANG"],
    subject: (c) => `Data harga eceran harian bahan pokok (beras medium, minyak goreng, gula pasir, bawang merah, cabai rawit, telur ayam ras) di ${c.market} selama tiga bulan terakhir.`,
    purposes: ["Bahan penulisan skripsi tentang inflasi harga pangan di NTT.", "Bahan liputan tentang kenaikan harga bahan pokok menjelang hari raya.", "Perencanaan stok dan harga jual toko."],
    delivered: "Tabel harga eceran harian bahan pokok (berkas spreadsheet, 6 lembar kerja).",
  },
  {
    theme: "pasar", personas: ["PENELITI", "LSM", "WARTAWAN"],
    subject: (c) => `Perbandingan harga rata-rata bulanan beras, minyak goreng dan gula pasir di pasar Kupang, Atambua, Ende, Maumere dan Waingapu tahun ${c.year - 1}.`,
    purposes: ["Penelitian disparitas harga antarpulau di NTT.", "Bahan kajian kebijakan pengendalian inflasi daerah."],
    delivered: "Rekap harga rata-rata bulanan lima pasar acuan (PDF dan spreadsheet).",
  },
  {
    theme: "pasar", personas: ["WARGA", "WARTAWAN", "LSM"],
    subject: (c) => `Jadwal, lokasi dan realisasi Gerakan Pangan Murah serta operasi pasar beras SPHP di ${c.regency} tahun ${c.year}.`,
    purposes: ["Informasi bagi warga yang ingin membeli beras murah.", "Bahan pemberitaan tentang stabilisasi harga beras."],
    delivered: "Jadwal dan rekap realisasi Gerakan Pangan Murah (PDF).",
  },
  {
    theme: "distribusi", personas: ["PERUSAHAAN", "PEDAGANG"],
    subject: () => "Persyaratan, alur dan lama pengurusan Surat Tanda Pendaftaran Pelaku Usaha Distribusi (STPUD) untuk distributor bahan pokok.",
    purposes: ["Persiapan pengajuan pendaftaran sebagai distributor.", "Memastikan kelengkapan dokumen sebelum mengajukan izin."],
    delivered: "SOP pelayanan STPUD dan daftar persyaratan (PDF).",
  },
  {
    theme: "distribusi", personas: ["PERUSAHAAN", "PEDAGANG", "PENELITI"],
    subject: (c) => `Daftar distributor dan subdistributor minyak goreng dan gula pasir yang terdaftar di ${c.regency} (nama perusahaan, alamat usaha, komoditas).`,
    purposes: ["Mencari pemasok resmi untuk usaha toko.", "Pemetaan rantai distribusi bahan pokok untuk penelitian."],
    delivered: "Daftar distributor terdaftar per komoditas (spreadsheet).",
  },
  {
    theme: "distribusi", personas: ["PEDAGANG", "PENELITI", "LSM"],
    subject: (c) => `Daftar Surat Tanda Pendaftaran Waralaba (STPW) yang diterbitkan untuk gerai waralaba minimarket di Kota Kupang tahun ${c.year - 1}.`,
    purposes: ["Kajian dampak toko modern terhadap pasar tradisional.", "Bahan pertimbangan membuka usaha toko."],
    delivered: "Daftar STPW yang diterbitkan (PDF).",
  },
  {
    theme: "tenun", personas: ["MAHASISWA", "PENELITI", "KELOMPOK"],
    subject: (c) => `Data sentra IKM tenun ikat di ${c.regency}: jumlah unit usaha, tenaga kerja, kapasitas dan nilai produksi tahun ${c.year - 1}.`,
    purposes: ["Bahan penelitian tesis tentang pengembangan tenun ikat.", "Bahan penyusunan proposal pengembangan usaha kelompok."],
    delivered: "Data sentra IKM tenun ikat per kecamatan (spreadsheet).",
  },
  {
    theme: "garam", personas: ["KELOMPOK", "PENELITI", "PELAKU_IKM"],
    subject: (c) => `Data IKM garam rakyat di Kabupaten Kupang, Malaka dan Nagekeo: jumlah unit usaha, luas lahan dan produksi garam tahun ${c.year - 1}.`,
    purposes: ["Perencanaan kemitraan pemasaran garam rakyat.", "Bahan kajian swasembada garam NTT."],
    delivered: "Rekap data IKM garam rakyat per kabupaten (PDF).",
  },
  {
    theme: "kopi", personas: ["KELOMPOK", "PERUSAHAAN", "MAHASISWA"],
    subject: () => "Data IKM pengolahan kopi arabika Flores Bajawa di Kabupaten Ngada (jumlah unit usaha, kapasitas sangrai, sertifikasi) dan program pendampingan dari Dinas.",
    purposes: ["Penyusunan rencana usaha koperasi kopi.", "Bahan skripsi tentang rantai nilai kopi Bajawa."],
    delivered: "Profil IKM kopi Kabupaten Ngada dan daftar kegiatan pendampingan (PDF).",
  },
  {
    theme: "kelor", personas: ["KELOMPOK", "PELAKU_IKM", "PENELITI"],
    subject: () => "Daftar IKM olahan kelor (moringa) binaan Dinas di Kota Kupang dan Kabupaten Kupang beserta jenis produk dan status izin edarnya.",
    purposes: ["Mencari mitra pemasok daun kelor kering.", "Pemetaan industri olahan kelor untuk penelitian."],
    delivered: "Daftar IKM kelor binaan dan jenis produknya (spreadsheet).",
  },
  {
    theme: "pupuk", personas: ["KELOMPOK", "WARTAWAN", "LSM"],
    subject: (c) => `Alokasi pupuk bersubsidi (Urea dan NPK) per kabupaten/kota di Provinsi NTT tahun ${c.year} beserta Harga Eceran Tertinggi (HET).`,
    purposes: ["Memastikan kelompok tani menerima pupuk sesuai HET.", "Bahan liputan kelangkaan pupuk pada musim tanam."],
    delivered: "Salinan keputusan alokasi pupuk bersubsidi dan daftar HET (PDF).",
  },
  {
    theme: "pupuk", personas: ["KELOMPOK", "WARGA"],
    subject: (c) => `Daftar distributor dan kios pengecer resmi pupuk bersubsidi di ${c.regency}.`,
    purposes: ["Mengetahui kios resmi terdekat untuk kelompok tani.", "Melaporkan kios yang menjual di atas HET."],
    delivered: "Daftar distributor dan kios pengecer resmi (PDF).",
  },
  {
    theme: "metrologi", personas: ["PEDAGANG", "PERUSAHAAN", "WARGA"],
    subject: (c) => `Jadwal pelayanan tera dan tera ulang UTTP (timbangan, takaran, meter) di ${c.regency} tahun ${c.year} serta besaran retribusinya.`,
    purposes: ["Persiapan tera ulang timbangan milik pedagang pasar.", "Memenuhi kewajiban tera ulang alat ukur usaha."],
    delivered: "Jadwal sidang tera ulang dan tarif retribusi (PDF).",
  },
  {
    theme: "metrologi", personas: ["WARTAWAN", "LSM", "PERUSAHAAN"],
    subject: (c) => `Rekapitulasi hasil tera ulang pompa ukur BBM di SPBU wilayah Kota Kupang dan Kabupaten Kupang tahun ${c.year - 1}.`,
    purposes: ["Bahan liputan perlindungan konsumen BBM.", "Pengawasan masyarakat atas takaran BBM di SPBU."],
    delivered: "Rekap hasil tera ulang pompa ukur BBM per SPBU (PDF).",
  },
  {
    theme: "ekspor", personas: ["PERUSAHAAN", "PENELITI", "MAHASISWA"],
    subject: (c) => `Data ekspor rumput laut (Eucheuma cottonii) asal NTT tahun ${c.year - 2}–${c.year - 1}: volume, nilai dan negara tujuan.`,
    purposes: ["Analisis peluang pasar ekspor rumput laut.", "Bahan penelitian skripsi tentang daya saing rumput laut NTT."],
    delivered: "Rekap ekspor rumput laut per negara tujuan (spreadsheet).",
  },
  {
    theme: "ekspor", personas: ["PERUSAHAAN", "PENELITI"],
    subject: (c) => `Rekapitulasi penerbitan Surat Keterangan Asal (SKA) untuk ekspor kemiri, rumput laut dan komoditas lain dari NTT tahun ${c.year - 1}.`,
    purposes: ["Perencanaan ekspor kemiri ke luar negeri.", "Penelitian kinerja ekspor nonmigas NTT."],
    delivered: "Rekap penerbitan SKA per komoditas dan bulan (PDF).",
  },
  {
    theme: "ekspor", personas: ["PENELITI", "WARTAWAN", "PERUSAHAAN"],
    subject: (c) => `Data perdagangan lintas batas di PLBN Motaain dan PLBN Wini (komoditas, volume, nilai) tahun ${c.year - 1}.`,
    purposes: ["Kajian ekonomi kawasan perbatasan RI–RDTL.", "Bahan liputan perdagangan perbatasan."],
    delivered: "Rekap perdagangan lintas batas per komoditas (PDF).",
  },
  {
    theme: "umum", personas: ["LSM", "WARTAWAN"],
    subject: (c) => `Dokumen Pelaksanaan Anggaran (DPA) program pengembangan IKM dan program stabilisasi harga Dinas Perindustrian dan Perdagangan Provinsi NTT tahun ${c.year}.`,
    purposes: ["Pemantauan anggaran publik oleh masyarakat sipil.", "Bahan liputan penggunaan anggaran daerah."],
    delivered: "Salinan DPA program terkait (PDF, 42 halaman).",
  },
  {
    theme: "pasar", personas: ["PEDAGANG", "WARGA", "WARTAWAN"],
    subject: (c) => `Keputusan Gubernur tentang Harga Eceran Tertinggi LPG tabung 3 kg di wilayah Provinsi NTT yang berlaku tahun ${c.year}.`,
    purposes: ["Memastikan harga jual di pangkalan sesuai ketentuan.", "Bahan pemberitaan harga LPG di daerah."],
    delivered: "Salinan keputusan gubernur tentang HET LPG 3 kg (PDF).",
  },
  {
    theme: "tenun", personas: ["KELOMPOK", "LSM"],
    subject: (c) => `Daftar kelompok IKM penerima bantuan peralatan produksi tahun ${c.year - 1} (nama kelompok, jenis peralatan, kabupaten).`,
    purposes: ["Mengetahui syarat dan penerima bantuan untuk pengajuan tahun depan.", "Pemantauan ketepatan sasaran bantuan."],
    delivered: "Daftar kelompok penerima bantuan peralatan (PDF).",
  },
];
