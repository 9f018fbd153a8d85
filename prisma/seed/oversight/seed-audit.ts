/** Demo internal audit: the instrument, and the submitted audit of 2025-S2 with findings and follow-ups. */
import type { Tx } from "@/lib/db";
import { computePrefills } from "@/lib/internal-audit/prefill/compute";
import { parseAuditPeriod } from "@/lib/internal-audit/period";
import { scoreAudit } from "@/lib/internal-audit/scoring";
import { DEMO_INSTRUMENT } from "./instrument";

type Ids = Record<string, string>;

// The auditor's own judgement for items the data cannot answer (deterministic demo values).
const MANUAL_SCORES: Record<string, { score: number; note: string }> = {
  "A.1": { score: 3, note: "Informasi berkala 2025 diumumkan di portal; papan pengumuman kantor belum diperbarui sejak Agustus." },
  "A.2": { score: 2, note: "Teks alternatif gambar belum lengkap; kontras warna sudah baik." },
  "B.3": { score: 4, note: "Semua permohonan luring yang diperiksa memiliki tanda bukti." },
  "C.1": { score: 3, note: "Dinilai dari berkas fisik: 2 keberatan pada periode ini, keduanya dijawab dalam 21 dan 28 hari kerja." },
  "C.2": { score: 2, note: "Register keberatan masih berupa buku; belum ada salinan digital." },
  "D.1": { score: 2, note: "Dinilai manual: 6 dari 28 informasi berkala terlambat dimutakhirkan." },
  "D.2": { score: 3, note: "SK DIP 2024 ada; pemutakhiran 2025 masih draf." },
  "E.1": { score: 3, note: "Arsip digital tersusun per bidang; sebagian arsip 2023 belum dipindai." },
  "F.1": { score: 4, note: "Maklumat pelayanan lengkap dan dipasang di meja layanan dan portal." },
  "G.1": { score: 3, note: "Uji konsekuensi terdokumentasi; satu dokumen belum ditandatangani Atasan PPID." },
  "H.1": { score: 3, note: "Meja layanan dan komputer publik tersedia; ruang tunggu belum ramah kursi roda." },
  "H.2": { score: 4, note: "Portal dapat dibuka baik di telepon genggam 360 piksel." },
};

export async function seedInstrument(tx: Tx): Promise<{ instrumentId: string; items: { id: string; code: string; sectionId: string; weight: number; maxScore: number; prefillSource: string | null }[] }> {
  const instrument = await tx.auditInstrument.create({ data: { name: "Instrumen Audit Internal Standar Layanan Informasi Publik 2025" } });
  const items = [];
  for (const [order, section] of DEMO_INSTRUMENT.entries()) {
    const created = await tx.auditSection.create({
      data: {
        instrumentId: instrument.id, standard: section.standard, title: section.title, order,
        items: { create: section.items.map((item, i) => ({ code: item.code, question: item.question, weight: item.weight, levels: item.levels, prefillSource: item.prefillSource ?? null, order: i })) },
      },
      select: { items: { select: { id: true, code: true, sectionId: true, weight: true, maxScore: true, prefillSource: true } } },
    });
    items.push(...created.items);
  }
  return { instrumentId: instrument.id, items };
}

type Instrument = Awaited<ReturnType<typeof seedInstrument>>;

/** The earlier half-year, submitted without open findings, so the periods can be compared side by side. */
export async function seedEarlierAudit(tx: Tx, users: Ids, { instrumentId, items }: Instrument): Promise<void> {
  const period = parseAuditPeriod("2025-S1")!;
  const prefills = await computePrefills(tx, items.map((i) => i.prefillSource), period);
  // Half a year earlier most manual items were one level lower.
  const scores = items.map((item) => {
    const pre = item.prefillSource ? prefills.get(item.prefillSource) : undefined;
    const prefillScore = pre?.available ? pre.score : null;
    const manual = Math.max(0, (MANUAL_SCORES[item.code]?.score ?? 3) - 1);
    return { itemId: item.id, prefillScore, prefillFigure: pre?.figure ?? null, score: prefillScore ?? manual, note: prefillScore !== null ? "Angka dari sistem diperiksa dengan sampel berkas; sesuai." : "Penilaian awal semester I." };
  });
  const audit = await tx.internalAudit.create({
    data: { instrumentId, period: period.code, periodStart: period.start, periodEnd: period.end, auditorId: users.auditor, scores: { create: scores } },
  });
  const result = scoreAudit(items.map((item, i) => ({ sectionId: item.sectionId, weight: item.weight, maxScore: item.maxScore, score: scores[i].score })));
  await tx.internalAudit.update({
    where: { id: audit.id },
    data: { status: "SUBMITTED", totalScore: result.total, submittedAt: new Date("2025-07-14T08:00:00Z"), summary: "Audit pertama dengan instrumen 2025: dasar pembanding untuk semester berikutnya." },
  });
}

export async function seedSubmittedAudit(tx: Tx, users: Ids, { instrumentId, items }: Instrument): Promise<void> {
  const period = parseAuditPeriod("2025-S2")!;
  const prefills = await computePrefills(tx, items.map((i) => i.prefillSource), period);
  const scores = items.map((item) => {
    const pre = item.prefillSource ? prefills.get(item.prefillSource) : undefined;
    const manual = MANUAL_SCORES[item.code];
    const prefillScore = pre?.available ? pre.score : null;
    return {
      itemId: item.id,
      prefillScore,
      prefillFigure: pre?.figure ?? null,
      score: prefillScore ?? manual.score,
      note: prefillScore !== null ? "Angka dari sistem diperiksa dengan sampel 10 berkas; sesuai." : manual.note,
    };
  });
  const audit = await tx.internalAudit.create({
    data: { instrumentId, period: period.code, periodStart: period.start, periodEnd: period.end, auditorId: users.auditor, scores: { create: scores } },
  });
  const itemId = (code: string) => items.find((i) => i.code === code)!.id;
  const findings = [
    { itemId: itemId("C.2"), title: "Register keberatan belum digital", description: "Register keberatan hanya dicatat di buku; tidak ada salinan yang dapat dicari atau dilaporkan.", severity: "SEDANG" as const, ownerId: users.ppid, dueDate: new Date("2026-03-31T00:00:00Z") },
    { itemId: itemId("A.2"), title: "Teks alternatif gambar di portal belum lengkap", description: "12 gambar infografis di portal PPID tidak memiliki teks alternatif sehingga tidak terbaca pembaca layar.", severity: "RENDAH" as const, ownerId: users.petugas, dueDate: new Date("2026-12-31T00:00:00Z") },
    { itemId: itemId("D.2"), title: "Penetapan DIP 2025 tertunda", description: "Rancangan pemutakhiran DIP 2025 belum ditetapkan Kepala Dinas; DIP yang berlaku masih versi 2024.", severity: "TINGGI" as const, ownerId: users.ppid, dueDate: new Date("2026-01-31T00:00:00Z") },
  ];
  for (const [i, f] of findings.entries()) {
    const finding = await tx.auditFinding.create({ data: { auditId: audit.id, ...f, createdAt: new Date(`2026-01-1${i}T02:00:00Z`) } });
    if (i === 2) {
      await tx.findingFollowUp.create({ data: { findingId: finding.id, note: "Rancangan SK DIP 2025 diajukan ke Sekretariat untuk paraf.", actorId: users.ppid, at: new Date("2026-01-20T03:00:00Z") } });
      await tx.findingFollowUp.create({ data: { findingId: finding.id, note: "SK Kepala Dinas tentang DIP 2025 ditetapkan dan diunggah ke portal.", closes: true, actorId: users.ppid, at: new Date("2026-01-28T06:30:00Z") } });
      await tx.auditFinding.update({ where: { id: finding.id }, data: { status: "DITUTUP", closedAt: new Date("2026-01-28T06:30:00Z") } });
    }
    if (i === 0) {
      await tx.findingFollowUp.create({ data: { findingId: finding.id, note: "Format register keberatan digital sedang disusun bersama pengelola portal.", actorId: users.ppid, at: new Date("2026-02-16T01:00:00Z") } });
    }
  }
  const result = scoreAudit(items.map((item, i) => ({ sectionId: item.sectionId, weight: item.weight, maxScore: item.maxScore, score: scores[i].score })));
  await tx.internalAudit.update({
    where: { id: audit.id },
    data: { status: "SUBMITTED", totalScore: result.total, submittedAt: new Date("2026-01-12T08:00:00Z"), summary: "Pelayanan permohonan berjalan baik; perbaikan utama pada register keberatan, aksesibilitas portal dan penetapan DIP." },
  });
}
