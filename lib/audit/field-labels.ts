import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { formatDateTime } from "@/lib/format/dates";

// Bahasa names for the fields stored in audit before/after JSON; unknown fields fall back to their code.
export const AUDIT_FIELD_LABELS: Record<string, string> = {
  active: "Aktif",
  role: "Peran",
  actorRole: "Peran pelaku",
  username: "Nama pengguna",
  name: "Nama",
  email: "Surel",
  nip: "NIP",
  isDemo: "Akun demo",
  mustChangePassword: "Wajib ganti kata sandi",
  date: "Tanggal",
  kind: "Jenis",
  source: "Sumber",
  year: "Tahun",
  complete: "Lengkap",
  recompute: "Penghitungan ulang tenggat",
  checked: "Diperiksa",
  changed: "Berubah",
  timeZone: "Zona waktu",
  cutiBersamaIsWorkingDay: "Cuti bersama dihitung hari kerja",
  nonWorkingDayReceipt: "Penerimaan pada hari libur",
  officeHoursCutoff: "Batas jam layanan",
  noticeWorkingDays: "Batas pemberitahuan tertulis (hari kerja)",
  extensionWorkingDays: "Perpanjangan (hari kerja)",
  objectionFilingWorkingDays: "Batas pengajuan keberatan (hari kerja)",
  objectionAnswerWorkingDays: "Batas tanggapan keberatan (hari kerja)",
  disputeFilingWorkingDays: "Batas pengajuan sengketa (hari kerja)",
  parentName: "Instansi induk",
  address: "Alamat",
  phone: "Telepon",
  registrationCode: "Kode penomoran",
  city: "Kota",
  ppidName: "Nama PPID",
  ppidNip: "NIP PPID",
  ppidPosition: "Jabatan PPID",
  logoFileId: "Berkas logo",
  maxMegabytes: "Batas ukuran berkas (MB)",
  dueSoonDays: "Peringatan jatuh tempo (hari)",
  bannerDays: "Lama spanduk (hari)",
  linkValidityDays: "Masa berlaku tautan survei (hari)",
  status: "Status",
  registrationNumber: "Nomor registrasi",
  channel: "Saluran",
  assigneeId: "Petugas",
  assignedToId: "Petugas",
  question: "Pertanyaan klarifikasi",
  answer: "Jawaban",
  resumeDate: "Tanggal jawaban",
  startDate: "Tanggal mulai",
  reason: "Alasan",
  outcome: "Keputusan",
  noticeDate: "Tanggal pemberitahuan",
  deliveredDate: "Tanggal penyerahan",
  costAmount: "Biaya (Rp)",
  note: "Catatan",
  from: "Dari",
  to: "Sampai",
  rows: "Jumlah baris",
  users: "Jumlah akun",
  requests: "Jumlah permohonan",
  byStatus: "Menurut status",
  byOutcome: "Menurut keputusan",
  title: "Judul",
  version: "Versi",
  file: "Berkas",
  fileId: "Berkas",
  size: "Ukuran (bita)",
  url: "Tautan",
  summary: "Ringkasan",
  visitScore: "Nilai visitasi",
  selfScore: "Nilai mandiri",
  answers: "Jumlah jawaban",
  weights: "Bobot",
  createdAt: "Dibuat pada",
  updatedAt: "Diubah pada",
  deactivatedAt: "Dinonaktifkan pada",
  passwordChangedAt: "Kata sandi diganti pada",
  "(nilai)": "Nilai",
  // issue 5: officer rubric
  officerId: "Petugas yang dinilai",
  period: "Periode",
  revision: "Revisi",
  revisionOf: "Revisi dari",
  scores: "Nilai per kriteria",
  strengths: "Kekuatan",
  improvements: "Hal yang perlu ditingkatkan",
  totalScore: "Nilai total",
  category: "Kategori",
  code: "Kode",
  description: "Uraian",
  weight: "Bobot",
  levels: "Uraian tingkat nilai",
  sortOrder: "Urutan",
};

/** "recompute.changed" → "Penghitungan ulang tenggat › Berubah"; unknown segments stay as they are. */
export function auditFieldLabel(path: string): string {
  return path
    .split(".")
    .map((segment) => AUDIT_FIELD_LABELS[segment] ?? segment)
    .join(" › ");
}

const ROLE_FIELDS = new Set(["role", "actorRole"]);
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A diff cell as a person reads it: Ya/Tidak, role names, instants in the office zone. */
export function auditValueText(path: string, value: string | null, timeZone?: string): string | null {
  if (value === null) return null;
  if (value === "true") return "Ya";
  if (value === "false") return "Tidak";
  const field = path.split(".").at(-1) ?? path;
  if (ROLE_FIELDS.has(field) && value in ROLE_LABELS) return ROLE_LABELS[value as Role];
  if (ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return formatDateTime(new Date(value), timeZone ? { timeZone } : {});
  return value;
}
