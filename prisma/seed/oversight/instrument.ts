/** Demo audit instrument: eight sections (service standards), items on a 0–4 scale with level descriptions. */
type ItemDef = { code: string; question: string; weight: number; levels: string[]; prefillSource?: string };
type SectionDef = { standard: string; title: string; items: ItemDef[] };

const shareLevels = (what: string) => [
  `Kurang dari 50% ${what}.`,
  `50% – <70% ${what}.`,
  `70% – <85% ${what}.`,
  `85% – <95% ${what}.`,
  `Paling sedikit 95% ${what}.`,
];
const docLevels = (what: string) => [
  `Tidak ada ${what.charAt(0).toLowerCase()}${what.slice(1)}.`,
  `${what} ada dalam bentuk draf, belum ditetapkan.`,
  `${what} ditetapkan tetapi belum diumumkan.`,
  `${what} ditetapkan dan diumumkan, belum dimutakhirkan.`,
  `${what} ditetapkan, diumumkan di portal dan dimutakhirkan dalam 12 bulan terakhir.`,
];

export const DEMO_INSTRUMENT: SectionDef[] = [
  { standard: "PENGUMUMAN", title: "Pengumuman informasi publik", items: [
    { code: "A.1", question: "Informasi berkala diumumkan di portal dan papan pengumuman dengan bahasa yang jelas.", weight: 3, levels: docLevels("Pengumuman informasi berkala") },
    { code: "A.2", question: "Pengumuman dapat diakses penyandang disabilitas (teks alternatif, kontras, huruf besar).", weight: 2, levels: docLevels("Fitur aksesibilitas pengumuman") },
  ] },
  { standard: "PERMOHONAN", title: "Pelayanan permohonan informasi", items: [
    { code: "B.1", question: "Permohonan dijawab (pemberitahuan tertulis) paling lambat 10 hari kerja.", weight: 5, levels: shareLevels("permohonan dijawab dalam 10 hari kerja"), prefillSource: "REQUESTS_ON_TIME" },
    { code: "B.2", question: "Register permohonan terisi lengkap untuk setiap permohonan yang diputus.", weight: 4, levels: shareLevels("baris register terisi lengkap"), prefillSource: "REGISTER_COMPLETENESS" },
    { code: "B.3", question: "Petugas memberikan tanda bukti nomor pendaftaran pada saat permohonan diterima.", weight: 2, levels: docLevels("Tanda bukti permohonan") },
  ] },
  { standard: "KEBERATAN", title: "Pengajuan keberatan", items: [
    { code: "C.1", question: "Keberatan ditanggapi Atasan PPID paling lambat 30 hari kerja.", weight: 4, levels: shareLevels("keberatan dijawab tepat waktu"), prefillSource: "OBJECTIONS_ON_TIME" },
    { code: "C.2", question: "Register keberatan tersedia dan dimutakhirkan.", weight: 2, levels: docLevels("Register keberatan") },
  ] },
  { standard: "DIP", title: "Penetapan dan pemutakhiran DIP", items: [
    { code: "D.1", question: "Informasi dalam Daftar Informasi Publik dimutakhirkan sesuai jadwalnya.", weight: 4, levels: shareLevels("informasi DIP mutakhir (tidak terlambat)"), prefillSource: "DIP_OVERDUE" },
    { code: "D.2", question: "DIP ditetapkan dengan keputusan Kepala Dinas.", weight: 2, levels: docLevels("Keputusan penetapan DIP") },
  ] },
  { standard: "DOKUMENTASI", title: "Pendokumentasian informasi", items: [
    { code: "E.1", question: "Informasi publik didokumentasikan dan dapat ditemukan kembali dalam satu hari kerja.", weight: 3, levels: docLevels("Sistem pendokumentasian") },
  ] },
  { standard: "MAKLUMAT", title: "Maklumat pelayanan", items: [
    { code: "F.1", question: "Maklumat pelayanan memuat dasar hukum, prosedur, waktu, biaya, jaminan dan evaluasi petugas.", weight: 2, levels: docLevels("Maklumat pelayanan") },
  ] },
  { standard: "UJI_KONSEKUENSI", title: "Pengujian konsekuensi", items: [
    { code: "G.1", question: "Setiap penolakan didasarkan pada uji konsekuensi yang terdokumentasi.", weight: 3, levels: docLevels("Dokumen uji konsekuensi") },
  ] },
  { standard: "SARANA", title: "Sarana dan prasarana", items: [
    { code: "H.1", question: "Meja layanan informasi, komputer publik dan ruang tunggu tersedia dan layak.", weight: 2, levels: docLevels("Sarana layanan informasi") },
    { code: "H.2", question: "Portal PPID dapat diakses dari telepon genggam dan berfungsi baik.", weight: 2, levels: docLevels("Portal PPID") },
  ] },
];
