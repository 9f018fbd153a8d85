/**
 * Topics whose answer is not (or not only) the information: refused as exempt after a consequence
 * test (UU 14/2008 Pasal 17), held by another public body, or not yet documented.
 */
import type { EXEMPTION_ARTICLES } from "@/lib/requests/labels";
import type { Topic } from "./topics";

type ExemptionArticle = (typeof EXEMPTION_ARTICLES)[number];

export type RefusedTopic = Topic & { article: ExemptionArticle; reason: string };
export type NotHeldTopic = Topic & { holder: string };
export type UndocumentedTopic = Topic & { reason: string };

export const REFUSED_TOPICS: readonly RefusedTopic[] = [
  {
    theme: "distribusi", personas: ["PERUSAHAAN", "PEDAGANG"],
    subject: () => "Salinan laporan keuangan dan daftar pemasok perusahaan pesaing yang dilampirkan sebagai syarat pendaftaran distributor (STPUD).",
    purposes: ["Bahan pertimbangan strategi usaha distribusi."],
    article: "b",
    reason: "Dokumen memuat rahasia dagang pelaku usaha; membukanya dapat menimbulkan persaingan usaha tidak sehat.",
  },
  {
    theme: "pupuk", personas: ["WARTAWAN", "LSM"],
    subject: (c) => `Laporan hasil pemeriksaan tim pengawas atas dugaan penimbunan pupuk bersubsidi oleh distributor di ${c.regency} yang sedang dalam penyidikan.`,
    purposes: ["Bahan liputan investigasi penyimpangan pupuk bersubsidi."],
    article: "a",
    reason: "Laporan sedang digunakan dalam proses penyidikan; membukanya dapat menghambat proses penegakan hukum.",
  },
  {
    theme: "tenun", personas: ["PEDAGANG", "WARGA"],
    subject: (c) => `Data pribadi (NIK, alamat rumah, nomor telepon) seluruh pelaku IKM penerima bantuan modal usaha tahun ${c.year - 1}.`,
    purposes: ["Menawarkan produk dan jasa kepada para pelaku IKM."],
    article: "h",
    reason: "Informasi merupakan data pribadi orang perseorangan; membukanya mengungkap rahasia pribadi.",
  },
  {
    theme: "pasar", personas: ["WARTAWAN", "PENELITI"],
    subject: () => "Notulen rapat internal dan telaah staf tentang rencana penyesuaian HET LPG 3 kg yang belum ditetapkan.",
    purposes: ["Bahan pemberitaan rencana kenaikan harga LPG."],
    article: "i",
    reason: "Memorandum intra badan publik yang menurut sifatnya dirahasiakan selama kebijakan belum ditetapkan.",
  },
  {
    theme: "ekspor", personas: ["PENELITI", "WARTAWAN"],
    subject: () => "Dokumen posisi runding Pemerintah Provinsi NTT dalam pembahasan perjanjian perdagangan lintas batas RI–RDTL.",
    purposes: ["Penelitian diplomasi ekonomi perbatasan."],
    article: "f",
    reason: "Membuka dokumen posisi runding dapat merugikan kepentingan hubungan luar negeri.",
  },
];

export const NOT_HELD_TOPICS: readonly NotHeldTopic[] = [
  {
    theme: "kopi", personas: ["MAHASISWA", "PENELITI", "KELOMPOK"],
    subject: () => "Data luas tanam, produksi dan produktivitas kopi arabika per kecamatan di Kabupaten Ngada lima tahun terakhir.",
    purposes: ["Bahan penelitian skripsi tentang kopi Bajawa."],
    holder: "Dinas Pertanian dan Perkebunan Provinsi NTT",
  },
  {
    theme: "ekspor", personas: ["PENELITI", "MAHASISWA", "WARTAWAN"],
    subject: (c) => `Data resmi nilai ekspor NTT menurut kode HS dan negara tujuan tahun ${c.year - 1}.`,
    purposes: ["Bahan analisis neraca perdagangan daerah."],
    holder: "BPS Provinsi NTT",
  },
  {
    theme: "pupuk", personas: ["KELOMPOK", "WARGA"],
    subject: (c) => `Data RDKK dan kuota pupuk bersubsidi per kelompok tani di ${c.regency} tahun ${c.year}.`,
    purposes: ["Memastikan kelompok tani terdaftar dalam RDKK."],
    holder: "Dinas Pertanian dan Perkebunan Provinsi NTT",
  },
  {
    theme: "ekspor", personas: ["PERUSAHAAN", "WARTAWAN"],
    subject: (c) => `Kuota dan realisasi pengeluaran ternak sapi antarpulau dan ekspor sapi dari NTT tahun ${c.year}.`,
    purposes: ["Perencanaan usaha perdagangan ternak."],
    holder: "Dinas Peternakan Provinsi NTT",
  },
  {
    theme: "metrologi", personas: ["PEDAGANG", "WARTAWAN"],
    subject: (c) => `Hasil tera ulang timbangan pedagang di pasar-pasar Kota Kupang tahun ${c.year - 1}.`,
    purposes: ["Pengawasan kejujuran timbangan di pasar."],
    holder: "UPTD Metrologi Legal Dinas Perindustrian dan Perdagangan Kota Kupang",
  },
  {
    theme: "ekspor", personas: ["PENELITI", "PERUSAHAAN"],
    subject: () => "Data produksi dan harga rumput laut di tingkat pembudidaya di Kabupaten Kupang dan Kabupaten Rote Ndao.",
    purposes: ["Analisis kelayakan usaha pengolahan rumput laut."],
    holder: "Dinas Kelautan dan Perikanan Provinsi NTT",
  },
];

export const UNDOCUMENTED_TOPICS: readonly UndocumentedTopic[] = [
  {
    theme: "pasar", personas: ["PENELITI", "MAHASISWA"],
    subject: (c) => `Rekapitulasi harga bahan pokok di pasar Kabupaten Sabu Raijua tahun ${c.year - 2}.`,
    purposes: ["Penelitian perbandingan harga di pulau-pulau kecil."],
    reason: "Pemantauan harga di Kabupaten Sabu Raijua belum dilakukan pada tahun tersebut, sehingga datanya belum pernah didokumentasikan.",
  },
  {
    theme: "tenun", personas: ["PENELITI", "LSM"],
    subject: () => "Peta sebaran dan profil lengkap seluruh IKM tenun ikat se-Provinsi NTT.",
    purposes: ["Penyusunan buku profil tenun ikat NTT."],
    reason: "Pendataan profil IKM tenun ikat se-provinsi masih berlangsung; dokumennya belum tersusun.",
  },
  {
    theme: "pupuk", personas: ["PENELITI", "WARTAWAN"],
    subject: () => "Kajian dampak perubahan HET pupuk bersubsidi terhadap harga jual hasil pertanian di NTT.",
    purposes: ["Bahan penelitian kebijakan subsidi pupuk."],
    reason: "Kajian yang diminta belum pernah disusun oleh Dinas.",
  },
  {
    theme: "ekspor", personas: ["PERUSAHAAN", "PENELITI"],
    subject: (c) => `Rekap nilai ekspor kemiri per eksportir untuk triwulan berjalan tahun ${c.year}.`,
    purposes: ["Analisis pasar ekspor kemiri."],
    reason: "Rekapitulasi triwulan berjalan belum disusun; data akan tersedia setelah triwulan berakhir.",
  },
];
