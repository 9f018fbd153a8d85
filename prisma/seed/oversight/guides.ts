/** Demo guide library: the seven Perki 1/2021 standards (incl. the maklumat, public) and internal SOPs. */
type GuideDef = {
  code: string;
  title: string;
  kind: "SOP" | "PANDUAN" | "STANDAR" | "MAKLUMAT";
  isPublic: boolean;
  versions: { body: string; effective: string; approver: string; changeNote?: string }[];
  readBy?: string[];
};

const KADIS = "Kepala Dinas Perindustrian dan Perdagangan Provinsi NTT";
const ATASAN = "Sekretaris Dinas selaku Atasan PPID";

export const GUIDE_DOCUMENTS: GuideDef[] = [
  { code: "STD-01", title: "Standar Pengumuman Informasi Publik", kind: "STANDAR", isPublic: true, versions: [
    { body: "Informasi berkala diumumkan paling sedikit setiap 6 bulan melalui portal PPID, papan pengumuman kantor dan media sosial resmi Dinas. Informasi serta-merta diumumkan segera tanpa penundaan. Pengumuman menggunakan Bahasa Indonesia yang baik, jelas dan dapat diakses penyandang disabilitas.", effective: "2024-09-02", approver: KADIS },
  ] },
  { code: "STD-02", title: "Standar Pelayanan Permohonan Informasi Publik", kind: "STANDAR", isPublic: true, versions: [
    { body: "Permohonan diterima melalui portal, surat, telepon atau datang langsung, dan setiap pemohon menerima nomor pendaftaran. PPID memberikan pemberitahuan tertulis paling lambat 10 hari kerja sejak permohonan diterima, dan dapat memperpanjang paling lama 7 hari kerja dengan alasan tertulis.", effective: "2024-09-02", approver: KADIS },
  ] },
  { code: "STD-03", title: "Standar Pengajuan dan Penyelesaian Keberatan", kind: "STANDAR", isPublic: true, versions: [
    { body: "Keberatan diajukan kepada Atasan PPID paling lambat 30 hari kerja setelah alasan keberatan ditemukan. Atasan PPID memberikan tanggapan tertulis paling lambat 30 hari kerja sejak keberatan dicatat dalam register keberatan.", effective: "2024-09-02", approver: KADIS },
  ] },
  { code: "STD-04", title: "Standar Penetapan dan Pemutakhiran Daftar Informasi Publik", kind: "STANDAR", isPublic: true, versions: [
    { body: "DIP ditetapkan dengan keputusan Kepala Dinas dan dimutakhirkan paling sedikit sekali setahun. Setiap informasi dalam DIP mencantumkan penanggung jawab, waktu pembuatan, bentuk, dan jangka waktu penyimpanan.", effective: "2024-09-02", approver: KADIS },
  ] },
  { code: "STD-05", title: "Standar Pendokumentasian Informasi Publik", kind: "STANDAR", isPublic: true, versions: [
    { body: "Setiap bidang menyerahkan informasi publik kepada PPID dalam bentuk cetak dan digital. PPID menyimpan, menata dan memelihara dokumen agar dapat ditemukan kembali dalam satu hari kerja.", effective: "2024-09-02", approver: KADIS },
  ] },
  { code: "STD-06", title: "Maklumat Pelayanan Informasi Publik", kind: "MAKLUMAT", isPublic: true, readBy: ["ppid", "petugas"], versions: [
    { body: "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan informasi publik sesuai standar pelayanan yang telah ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan perundang-undangan yang berlaku.", effective: "2024-09-02", approver: KADIS },
    { body: "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan informasi publik sesuai standar pelayanan: dasar hukum UU 14/2008 dan Perki 1/2021; prosedur sebagaimana diumumkan; jangka waktu paling lambat 10 hari kerja; tanpa biaya kecuali biaya salinan; jaminan kerahasiaan data pemohon; dan kesediaan dievaluasi melalui Survei Kepuasan Masyarakat. Apabila tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan perundang-undangan.", effective: "2025-07-01", approver: KADIS, changeNote: "Memuat unsur maklumat lengkap: dasar hukum, prosedur, waktu, biaya, jaminan dan evaluasi petugas." },
  ] },
  { code: "STD-07", title: "Standar Pengujian Konsekuensi", kind: "STANDAR", isPublic: true, versions: [
    { body: "Setiap informasi yang akan dikecualikan diuji konsekuensinya berdasarkan Pasal 17 UU 14/2008 secara tertulis, ditandatangani PPID, dan ditetapkan sebelum permohonan ditolak. Hasil uji konsekuensi dicantumkan dalam pemberitahuan tertulis kepada pemohon.", effective: "2024-09-02", approver: KADIS },
  ] },
  { code: "SOP-01", title: "SOP Registrasi Permohonan Luring", kind: "SOP", isPublic: false, readBy: ["petugas"], versions: [
    { body: "1. Sapa pemohon dan periksa identitas (KTP atau akta badan hukum). 2. Catat permohonan di sistem pada hari yang sama. 3. Serahkan tanda bukti dengan nomor pendaftaran dan kode lacak. 4. Teruskan ke PPID untuk penugasan.", effective: "2025-01-06", approver: ATASAN },
  ] },
  { code: "PDN-01", title: "Panduan Penyusunan Pemberitahuan Tertulis", kind: "PANDUAN", isPublic: false, versions: [
    { body: "Pemberitahuan tertulis memuat nomor pendaftaran, keputusan (dikabulkan seluruhnya, sebagian, ditolak, tidak dikuasai, belum didokumentasikan), bentuk informasi, biaya, dan dasar hukum penolakan bila ada.", effective: "2025-02-03", approver: ATASAN },
  ] },
];
