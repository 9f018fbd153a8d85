/**
 * Issue 5 demo data for the annual report: the 2025 and 2026 profiles of Disperindag NTT (SK penetapan
 * PPID, DIP and exemptions; facilities of the service desk; SDM notes; the PPID's APBD budget), and
 * one objection the requester took to the Komisi Informasi (still in mediation on the demo day); the
 * head of the Dinas (demo account "pimpinan") signs the reports.
 * 2024 is left empty on purpose: its report shows the "belum diisi" notices. Deterministic.
 */
import type { Tx } from "@/lib/db";
import { addWorkingDays, calendarDateFromUtcDate, calendarDateToUtcDate, compareCalendarDates } from "@/lib/deadlines";
import type { Clock } from "@/lib/deadlines/calendar-store";
import { zonedWallTimeToUtc } from "@/lib/datetime/zoned-to-utc";
import type { FacilityCondition } from "@/lib/reports/annual-profile-schema";
import { REPORT_SIGNATORY_KEY } from "@/lib/settings/report-signatory";
import { writeSetting } from "@/lib/settings/store";
import { DEMO_TODAY } from "./schedule";

const POLICY =
  "Layanan informasi publik diselenggarakan berdasarkan UU 14/2008, Perki 1/2021 tentang Standar Layanan Informasi Publik dan Permendagri 3/2017. " +
  "Kepala Dinas menetapkan PPID Pelaksana, Daftar Informasi Publik dan informasi yang dikecualikan setiap awal tahun; standar layanan dan maklumat pelayanan diumumkan di kantor dan di portal.";

type Facility = { name: string; condition: FacilityCondition; notes: string };

const FACILITIES_2025: Facility[] = [
  { name: "Meja layanan informasi", condition: "BAIK", notes: "Lantai 1 gedung utama, dekat pintu masuk." },
  { name: "Ruang tunggu pemohon", condition: "PERLU_PERBAIKAN", notes: "6 kursi, belum berpendingin ruangan." },
  { name: "Komputer dan pencetak layanan", condition: "BAIK", notes: "1 komputer, 1 pencetak laser." },
  { name: "Pemindai dokumen", condition: "PERLU_PERBAIKAN", notes: "Unit lama (2017), sering macet." },
  { name: "Situs web / portal PPID", condition: "BAIK", notes: "Formulir permohonan daring dan pelacakan nomor registrasi." },
  { name: "Akses penyandang disabilitas (ramp, kursi roda)", condition: "BELUM_TERSEDIA", notes: "Direncanakan dalam APBD 2026." },
];

const FACILITIES_2026: Facility[] = [
  { name: "Meja layanan informasi", condition: "BAIK", notes: "Lantai 1 gedung utama, dilengkapi nomor antrean." },
  { name: "Ruang tunggu pemohon", condition: "PERLU_PERBAIKAN", notes: "10 kursi dan pendingin ruangan; perlu kursi prioritas." },
  { name: "Komputer dan pencetak layanan", condition: "BAIK", notes: "2 komputer, 1 pencetak laser." },
  { name: "Pemindai dokumen", condition: "BAIK", notes: "Diganti Mei 2026 setelah rusak pada Maret." },
  { name: "Situs web / portal PPID", condition: "BAIK", notes: "Permohonan, keberatan, pengaduan, survei dan statistik daring." },
  { name: "Papan pengumuman informasi publik", condition: "BAIK", notes: "Lobi kantor; diperbarui setiap bulan." },
  { name: "Akses penyandang disabilitas (ramp, kursi roda)", condition: "PERLU_PERBAIKAN", notes: "Ramp dan kursi roda tersedia; toilet ramah disabilitas belum ada." },
  { name: "Telepon dan WhatsApp layanan", condition: "BAIK", notes: "(0380) 833 185, hari kerja 08.00–16.00 WITA." },
];

const PROFILES = [
  {
    year: 2025,
    policy: POLICY,
    regulations: [
      { number: "500/DPP/SK/009/I/2025", title: "Penetapan PPID Pelaksana dan Petugas Pelayanan Informasi Dinas Perindustrian dan Perdagangan Provinsi NTT Tahun 2025", date: "2025-01-09" },
      { number: "500/DPP/SK/031/II/2025", title: "Penetapan Daftar Informasi Publik Tahun 2025", date: "2025-02-10" },
    ],
    facilities: FACILITIES_2025,
    staffNotes: "Satu PPID Pelaksana dan dua petugas pelayanan informasi (SK 500/DPP/SK/009/I/2025). Seluruh petugas mengikuti Bimtek Standar Layanan Informasi Publik oleh Komisi Informasi Provinsi NTT.",
    budgetAmount: 110_000_000n, budgetSource: "APBD Provinsi NTT", budgetRealisation: 107_250_000n,
    budgetNotes: "Subkegiatan Pengelolaan Informasi dan Dokumentasi: honorarium petugas, pemeliharaan portal, penggandaan dan penyusunan laporan.",
  },
  {
    year: 2026,
    policy: `${POLICY} Tahun 2026 difokuskan pada layanan daring, pemutakhiran DIP setiap enam bulan dan Survei Kepuasan Masyarakat bagi setiap permohonan yang selesai.`,
    regulations: [
      { number: "500/DPP/SK/012/I/2026", title: "Penetapan PPID Pelaksana dan Petugas Pelayanan Informasi Dinas Perindustrian dan Perdagangan Provinsi NTT Tahun 2026", date: "2026-01-08" },
      { number: "500/DPP/SK/027/II/2026", title: "Penetapan Daftar Informasi Publik Tahun 2026", date: "2026-02-02" },
      { number: "500/DPP/SK/041/III/2026", title: "Penetapan Informasi yang Dikecualikan berdasarkan Uji Konsekuensi", date: "2026-03-16" },
    ],
    facilities: FACILITIES_2026,
    staffNotes: "Satu PPID Pelaksana dan dua petugas pelayanan informasi bertugas bergiliran di meja layanan (SK 500/DPP/SK/012/I/2026). Satu petugas belum mengikuti pelatihan pelayanan prima; dijadwalkan 2027.",
    budgetAmount: 125_000_000n, budgetSource: "APBD Provinsi NTT", budgetRealisation: 98_450_000n,
    budgetNotes: "Realisasi sampai 30 November 2026, termasuk pengadaan pemindai dokumen dan ramp akses disabilitas.",
  },
];

export async function seedAnnualReportDemo(tx: Tx, clock: Clock, ppidId: string): Promise<void> {
  for (const p of PROFILES) await tx.annualReportProfile.create({ data: { ...p, updatedById: ppidId } });
  const head = await tx.user.findFirst({ where: { role: "PIMPINAN", isDemo: true }, select: { name: true, nip: true } });
  if (head) {
    const title = "Kepala Dinas Perindustrian dan Perdagangan Provinsi Nusa Tenggara Timur";
    await writeSetting(tx, REPORT_SIGNATORY_KEY, { name: head.name, title, nip: head.nip ?? "" }, null);
  }

  // The latest upheld refusal that could be taken further goes to the Komisi Informasi 8 working days
  // after the Atasan's answer (within the 14-working-day window).
  const upheld = await tx.objection.findMany({
    where: { decision: "MENGUATKAN", answerDate: { not: null } },
    orderBy: [{ year: "desc" }, { sequence: "desc" }],
    select: { id: true, answerDate: true },
  });
  for (const objection of upheld) {
    const filed = addWorkingDays(calendarDateFromUtcDate(objection.answerDate!), 8, clock.calendar, clock.settings).date;
    if (!filed || compareCalendarDates(filed, DEMO_TODAY) > 0) continue;
    const filedAt = zonedWallTimeToUtc(filed, "10:00", clock.settings.timeZone);
    await tx.objection.update({
      where: { id: objection.id },
      data: {
        requesterReaction: "Pemohon tidak menerima tanggapan Atasan PPID dan mengajukan sengketa ke Komisi Informasi Provinsi NTT.",
        reactionAt: filedAt,
        disputeFiledDate: calendarDateToUtcDate(filed),
        disputeStage: "MEDIASI",
        disputeUpdatedAt: filedAt,
      },
    });
    return;
  }
}
