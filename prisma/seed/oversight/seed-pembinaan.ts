import type { Tx } from "@/lib/db";
import { GUIDE_DOCUMENTS } from "./guides";

type Ids = Record<string, string>;

const TRAININGS = [
  { title: "Bimbingan Teknis Pelayanan Informasi Publik", organiser: "Komisi Informasi Provinsi NTT", date: "2025-03-12", hours: 16, topic: "Standar layanan informasi publik (Perki 1/2021)", competency: "Standar layanan informasi publik", who: ["ppid", "petugas", "petugas2"] },
  { title: "Pelatihan Uji Konsekuensi dan Klasifikasi Informasi", organiser: "Diskominfo Provinsi NTT", date: "2025-06-24", hours: 8, topic: "Pasal 17 UU KIP dan uji konsekuensi", competency: "Uji konsekuensi", who: ["ppid", "atasan"] },
  { title: "Pelayanan Prima bagi Petugas Meja Layanan", organiser: "BPSDM Provinsi NTT", date: "2025-09-03", hours: 12, topic: "Sikap melayani, komunikasi dan layanan bagi penyandang disabilitas", competency: "Pelayanan prima", who: ["petugas"] },
  { title: "Audit Kepatuhan Standar Pelayanan", organiser: "Inspektorat Daerah Provinsi NTT", date: "2026-02-18", hours: 6, topic: "Teknik audit kepatuhan dan penyusunan temuan", competency: "Audit kepatuhan", who: ["auditor"] },
];

const REQUIRED = [
  { role: "PPID" as const, competency: "Standar layanan informasi publik" },
  { role: "PPID" as const, competency: "Uji konsekuensi" },
  { role: "PETUGAS" as const, competency: "Standar layanan informasi publik" },
  { role: "PETUGAS" as const, competency: "Pelayanan prima" },
  { role: "ATASAN" as const, competency: "Uji konsekuensi" },
  { role: "AUDITOR" as const, competency: "Audit kepatuhan" },
];

export async function seedTraining(tx: Tx, users: Ids): Promise<void> {
  for (const t of TRAININGS) {
    const { who, date, ...rest } = t;
    await tx.trainingEvent.create({ data: { ...rest, date: new Date(`${date}T00:00:00Z`), participants: { create: who.map((u) => ({ userId: users[u] })) } } });
  }
  await tx.roleCompetency.createMany({ data: REQUIRED });
}

export async function seedGuides(tx: Tx, users: Ids): Promise<void> {
  for (const [order, doc] of GUIDE_DOCUMENTS.entries()) {
    const created = await tx.guideDocument.create({
      data: {
        code: doc.code, title: doc.title, kind: doc.kind, isPublic: doc.isPublic, order,
        versions: { create: doc.versions.map((v, i) => ({ version: i + 1, body: v.body, effectiveDate: new Date(`${v.effective}T00:00:00Z`), approverName: v.approver, changeNote: v.changeNote ?? null, createdAt: new Date(`${v.effective}T01:00:00Z`) })) },
      },
      select: { versions: { orderBy: { version: "desc" }, take: 1, select: { id: true } } },
    });
    // Some staff already read the current version; others still have to.
    for (const u of doc.readBy ?? []) await tx.guideAcknowledgement.create({ data: { versionId: created.versions[0].id, userId: users[u], at: new Date("2026-02-02T02:00:00Z") } });
  }
}
