/**
 * Issue 5 demo data: rubric assessments of the officers for past periods. The PPID assessed both desk
 * officers for September and October 2026 (October of one officer corrected by a second revision),
 * the Atasan PPID assessed the PPID for Semester I 2026, and November 2026 is still a draft.
 * December 2026 stays unassessed. Deterministic.
 */
import type { Tx } from "@/lib/db";
import { scoreRubric } from "@/lib/evaluation/rubric-score";
import { DEFAULT_ASSESSMENT_CRITERIA } from "./assessment-criteria";

type Criterion = { id: string; code: string; name: string; weight: number; levels: unknown; sortOrder: number };
type Plan = {
  officer: string;
  assessor: string;
  period: string;
  /** Scores in the order of the default criteria; null = not scored yet (drafts only). */
  scores: (number | null)[];
  notes?: Record<number, string>;
  strengths: string;
  improvements: string;
  finalizedAt: string | null;
};

const PLANS: Plan[] = [
  {
    officer: "petugas", assessor: "ppid", period: "2026-09", scores: [3, 3, 3, 4, 3, 3], finalizedAt: "2026-10-05T01:30:00Z",
    notes: { 1: "Satu permohonan diputus pada hari kerja ke-10; lainnya rata-rata 6 hari kerja.", 3: "Pemohon datang langsung memuji penjelasan yang sabar." },
    strengths: "Ramah dan sabar melayani pemohon datang langsung; register permohonan selalu diisi pada hari yang sama.",
    improvements: "Perlu memperdalam ketentuan pengecualian Pasal 17 dan uji konsekuensi sebelum menyiapkan jawaban penolakan.",
  },
  {
    officer: "petugas2", assessor: "ppid", period: "2026-09", scores: [4, 4, 3, 4, 4, 3], finalizedAt: "2026-10-05T02:10:00Z",
    notes: { 0: "Menjadi narasumber internal sosialisasi Perki 1/2021 bagi bidang teknis." },
    strengths: "Menguasai UU KIP dan SOP; seluruh permohonan dijawab jauh sebelum tenggat.",
    improvements: "Jawaban tertulis masih panjang; ringkas dan sertakan tautan DIP bila informasi sudah terbit.",
  },
  {
    officer: "petugas", assessor: "ppid", period: "2026-10", scores: [3, 2, 3, 3, 3, 3], finalizedAt: "2026-11-04T01:00:00Z",
    notes: { 1: "Dua permohonan lewat tenggat tanpa pemberitahuan tertulis." },
    strengths: "Koordinasi dengan Bidang Perdagangan Dalam Negeri berjalan baik.",
    improvements: "Pantau tenggat harian di dasbor; ajukan perpanjangan tertulis sebelum hari kerja ke-10.",
  },
  {
    officer: "petugas2", assessor: "ppid", period: "2026-10", scores: [4, 3, 4, 4, 3, 4], finalizedAt: "2026-11-04T01:40:00Z",
    strengths: "Jawaban jelas dan lengkap dengan dasar hukum; mengusulkan perbaikan formulir permohonan luring.",
    improvements: "Arsip berkas permohonan telepon perlu dipindai pada hari yang sama.",
  },
  {
    officer: "ppid", assessor: "atasan", period: "2026-S1", scores: [4, 3, 4, 4, 3, 4], finalizedAt: "2026-07-10T02:00:00Z",
    notes: { 4: "Register keberatan masih sebagian manual; digitalisasi berjalan." },
    strengths: "Memimpin layanan informasi dengan disiplin; laporan semester kepada PPID Utama tepat waktu.",
    improvements: "Percepat penetapan penanggung jawab data di setiap bidang agar jawaban tidak menunggu bidang teknis.",
  },
  {
    officer: "petugas2", assessor: "ppid", period: "2026-11", scores: [4, 4, null, 4, null, null], finalizedAt: null,
    strengths: "Tetap menjawab tepat waktu walaupun beban kerja naik selama diklat rekan kerja.", improvements: "",
  },
];

// The October assessment of "petugas" was corrected: the register showed only one late request.
const CORRECTION = { officer: "petugas", period: "2026-10", scores: [3, 3, 3, 3, 3, 3], notes: { 1: "Satu permohonan lewat tenggat; perpanjangan lainnya disertai alasan tertulis." }, reason: "Register Oktober diperiksa ulang: hanya satu permohonan yang lewat tenggat.", finalizedAt: "2026-11-06T03:00:00Z" };

async function createAssessment(tx: Tx, criteria: Criterion[], plan: Plan & { officerId: string; assessorId: string; revision?: number; revisionOfId?: string; revisionReason?: string }): Promise<string> {
  const rows = criteria.map((c, i) => ({
    criterionId: c.id, criterionCode: c.code, criterionName: c.name, weight: c.weight, levels: c.levels as string[], sortOrder: c.sortOrder,
    score: plan.scores[i] ?? null, note: plan.notes?.[i] ?? null,
  }));
  const createdAt = new Date(plan.finalizedAt ?? "2026-12-02T01:00:00Z");
  // Scores go in while the assessment is a draft; finalising then locks it (as the service does).
  const created = await tx.officerAssessment.create({
    data: {
      officerId: plan.officerId, assessorId: plan.assessorId, period: plan.period, revision: plan.revision ?? 1, revisionOfId: plan.revisionOfId, revisionReason: plan.revisionReason,
      strengths: plan.strengths || null, improvements: plan.improvements || null, createdAt, scores: { create: rows },
    },
    select: { id: true },
  });
  if (plan.finalizedAt) {
    const result = scoreRubric(rows);
    if (result.total === null) throw new Error(`demo assessment ${plan.officer} ${plan.period} is incomplete`);
    await tx.officerAssessment.update({ where: { id: created.id }, data: { status: "FINAL", totalScore: result.total, category: result.category, finalizedAt: new Date(plan.finalizedAt) } });
  }
  return created.id;
}

export async function seedOfficerAssessments(tx: Tx, staff: Map<string, { id: string }>): Promise<number> {
  // The migration inserted the defaults already; kept here so the demo never depends on that.
  await tx.assessmentCriterion.createMany({ data: DEFAULT_ASSESSMENT_CRITERIA.map((c, i) => ({ ...c, levels: [...c.levels], sortOrder: (i + 1) * 10 })), skipDuplicates: true });
  const criteria = await tx.assessmentCriterion.findMany({
    where: { code: { in: DEFAULT_ASSESSMENT_CRITERIA.map((c) => c.code) } },
    orderBy: { sortOrder: "asc" },
    select: { id: true, code: true, name: true, weight: true, levels: true, sortOrder: true },
  });
  const idOf = (username: string) => {
    const id = staff.get(username)?.id;
    if (!id) throw new Error(`demo account ${username} missing`);
    return id;
  };
  const ids = new Map<string, string>();
  for (const plan of PLANS) ids.set(`${plan.officer}:${plan.period}`, await createAssessment(tx, criteria, { ...plan, officerId: idOf(plan.officer), assessorId: idOf(plan.assessor) }));
  const original = PLANS.find((p) => p.officer === CORRECTION.officer && p.period === CORRECTION.period)!;
  await createAssessment(tx, criteria, {
    ...original, ...CORRECTION, officerId: idOf(CORRECTION.officer), assessorId: idOf(original.assessor),
    revision: 2, revisionOfId: ids.get(`${CORRECTION.officer}:${CORRECTION.period}`), revisionReason: CORRECTION.reason,
  });
  return PLANS.length + 1;
}
