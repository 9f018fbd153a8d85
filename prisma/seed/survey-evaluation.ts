/**
 * Issue 5 demo data: ~40 SKM responses over 2025–2026 (most from completed requests through their
 * one-time link, the rest walk-in), a few kendala and recommendations. Own PRNG seed, so the
 * request demo data and its counts are unchanged. Deterministic.
 */
import type { Tx } from "@/lib/db";
import { calendarDateToUtcDate } from "@/lib/deadlines";
import { officeDateOf } from "@/lib/datetime/zoned-to-utc";
import { OFFICE_TIME_ZONE } from "@/lib/format/dates";
import { DEFAULT_SURVEY_LINK_VALIDITY_DAYS, surveyLinkLastDay } from "@/lib/survey/link-validity";
import { EDUCATION_OPTIONS } from "@/lib/survey/schema";
import { createRng, type Rng } from "./random";

const TOKEN_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
const OCCUPATIONS = ["Wiraswasta", "Pelaku UMKM", "Mahasiswa", "Peneliti", "Jurnalis", "Pegawai swasta", "Aparatur desa", "Pengurus koperasi"];
const SUGGESTIONS = [
  "Mohon informasi jadwal pelatihan IKM diumumkan lebih awal.",
  "Pelayanan cepat dan petugas ramah. Terima kasih.",
  "Ruang tunggu perlu kursi tambahan dan akses bagi penyandang disabilitas.",
  "Formulir daring sebaiknya bisa menyimpan isian sementara.",
  "Waktu menunggu jawaban masih agak lama.",
];

/** Answers lean to 3–4 as in real SKM data; waiting time (U3) and facilities (U9) score lower. */
function score(rng: Rng, unsur: number): number {
  const weak = unsur === 3 || unsur === 9;
  return Number(rng.weighted(weak ? { "2": 3, "3": 6, "4": 2 } : { "2": 1, "3": 6, "4": 4 }));
}

function answers(rng: Rng) {
  const out: Record<string, number> = {};
  for (let u = 1; u <= 9; u++) out[`u${u}`] = score(rng, u);
  return out as Record<"u1" | "u2" | "u3" | "u4" | "u5" | "u6" | "u7" | "u8" | "u9", number>;
}

function profile(rng: Rng, serviceReceived: string, suggestion: boolean) {
  return {
    sex: rng.pick(["LAKI_LAKI", "PEREMPUAN"] as const),
    age: rng.int(19, 63),
    education: rng.pick(EDUCATION_OPTIONS.slice(2)),
    occupation: rng.pick(OCCUPATIONS),
    serviceReceived,
    suggestion: suggestion ? rng.pick(SUGGESTIONS) : null,
  };
}

export async function seedSurveyAndEvaluation(tx: Tx, ppidId: string): Promise<number> {
  const rng = createRng(20261105);
  const closed = await tx.informationRequest.findMany({
    where: { status: "SELESAI", closedAt: { not: null } },
    orderBy: [{ year: "asc" }, { sequence: "asc" }],
    select: { id: true, registrationNumber: true, closedAt: true },
  });
  let count = 0;
  // Every completed request has its link (30 days, the default); about two thirds were answered a few days after closing.
  for (const request of closed) {
    const token = Array.from({ length: 32 }, () => TOKEN_ALPHABET[rng.int(0, TOKEN_ALPHABET.length - 1)]).join("");
    const answered = rng.chance(0.66);
    const submittedAt = new Date(request.closedAt!.getTime() + rng.int(1, 5) * 86_400_000);
    const validUntil = calendarDateToUtcDate(surveyLinkLastDay(officeDateOf(request.closedAt!, OFFICE_TIME_ZONE), DEFAULT_SURVEY_LINK_VALIDITY_DAYS));
    const invitation = await tx.surveyInvitation.create({ data: { requestId: request.id, token, createdAt: request.closedAt!, validUntil, usedAt: answered ? submittedAt : null } });
    if (!answered) continue;
    await tx.surveyResponse.create({
      data: { ...profile(rng, `Permohonan informasi ${request.registrationNumber}`, rng.chance(0.4)), ...answers(rng), invitationId: invitation.id, submittedAt },
    });
    count++;
  }
  // Walk-in respondents at the service desk, spread over 2025–2026.
  for (let i = 0; count < 40 && i < 40; i++) {
    const month = rng.int(0, 22); // Jan 2025 … Nov 2026
    const submittedAt = new Date(Date.UTC(2025 + Math.floor(month / 12), month % 12, rng.int(2, 27), rng.int(1, 7)));
    await tx.surveyResponse.create({ data: { ...profile(rng, rng.pick(["Konsultasi informasi di meja layanan", "Permohonan informasi datang langsung"]), rng.chance(0.3)), ...answers(rng), submittedAt } });
    count++;
  }
  await tx.evaluationNote.createMany({
    data: [
      { kind: "KENDALA", occurredOn: new Date("2026-03-10"), category: "Sarana dan prasarana", description: "Pemindai dokumen di meja layanan rusak selama dua minggu.", impact: "Salinan berkas cetak harus dipindai di bidang lain; penyerahan tertunda 2–3 hari.", actionTaken: "Pengadaan pemindai baru diajukan; sementara memakai pemindai Sekretariat.", createdById: ppidId },
      { kind: "KENDALA", occurredOn: new Date("2026-08-04"), category: "Sumber daya manusia", description: "Dua petugas layanan mengikuti diklat bersamaan.", impact: "Beban pemrosesan permohonan bertumpu pada satu petugas.", actionTaken: "Jadwal piket disusun ulang dan PPID membantu pemrosesan.", createdById: ppidId },
      { kind: "KENDALA", occurredOn: new Date("2026-11-12"), category: "Koordinasi", description: "Bidang pemilik data lambat menyerahkan data penerima bantuan alat produksi.", impact: "Satu permohonan diperpanjang 7 hari kerja.", actionTaken: "Surat pengingat kepada Kepala Bidang dan rapat koordinasi mingguan.", createdById: ppidId },
      { kind: "REKOMENDASI", occurredOn: new Date("2026-06-30"), category: "Waktu penyelesaian", description: "Tetapkan penanggung jawab data di setiap bidang agar permohonan dijawab sebelum hari kerja ke-7.", createdById: ppidId },
      { kind: "REKOMENDASI", occurredOn: new Date("2026-11-28"), category: "Sarana dan prasarana", description: "Sediakan ruang tunggu yang ramah penyandang disabilitas sesuai hasil SKM unsur sarana dan prasarana.", createdById: ppidId },
    ],
  });
  return count;
}
