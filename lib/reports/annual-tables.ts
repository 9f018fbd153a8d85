// The annual report's own tables (policy, resources, objection grounds, disputes) and where they go
// among the period tables, in the order of the annual Laporan Layanan Informasi Publik (domain README
// §5): kebijakan; sarana prasarana, SDM, anggaran; permohonan; keberatan dan sengketa; … kendala;
// rekomendasi. A part nobody filled says so in words, never an empty table. Pure.
import { ROLE_LABELS } from "@/lib/auth/roles";
import { isCalendarDate } from "@/lib/deadlines/calendar-date";
import { formatDate } from "@/lib/format/dates";
import type { Role } from "@/lib/generated/prisma/enums";
import { GUIDE_KIND_LABELS } from "@/lib/guides/labels";
import { DECISION_LABELS, DISPUTE_STAGE_LABELS, GROUND_LABELS } from "@/lib/objections/labels";
import { FACILITY_CONDITION_LABELS } from "./annual-profile-schema";
import { formatReportDate } from "./figures-format";
import type { AnnualSections } from "./annual-sections";
import { figure } from "./report-cell";
import type { ReportTable } from "./report-tables";

/** The officer roles of the PPID counted in the SDM table. */
const PPID_ROLES: Role[] = ["PPID", "PETUGAS", "ATASAN", "ADMIN"];

export const unfilledText = (year: number) => `Belum diisi. Bagian ini diisi PPID pada halaman Profil laporan tahunan ${year} (menu Laporan evaluasi).`;
const unfilled = (id: string, title: string, year: number): ReportTable => ({ id, title, header: ["Keterangan"], rows: [[unfilledText(year)]] });
const day = formatReportDate;
const percent = (part: number, whole: number) => figure(Math.round((part / whole) * 1000) / 10, "percent");
const rupiah = (amount: number | null) => figure(amount, "rupiah");

export function policyTables(a: AnnualSections): ReportTable[] {
  const p = a.profile;
  return [
    p?.policy ? { id: "kebijakan", title: "Kebijakan layanan informasi publik", header: ["Uraian"], rows: [[p.policy]] } : unfilled("kebijakan", "Kebijakan layanan informasi publik", a.year),
    p && p.regulations.length > 0
      ? { id: "regulasi", title: "Kebijakan: peraturan, keputusan dan SK penetapan PPID", header: ["Nomor", "Tentang", "Tanggal penetapan"], rows: p.regulations.map((r) => [r.number, r.title, isCalendarDate(r.date) ? formatDate(r.date) : r.date]) }
      : unfilled("regulasi", "Kebijakan: peraturan, keputusan dan SK penetapan PPID", a.year),
    {
      id: "pedoman", title: "Kebijakan: SOP, standar layanan dan maklumat yang berlaku", header: ["Kode", "Judul", "Jenis", "Versi", "Berlaku sejak"],
      rows: a.guides.map((g) => [g.code, g.title, GUIDE_KIND_LABELS[g.kind], g.version, day(g.effectiveDate)]),
    },
  ];
}

export function resourceTables(a: AnnualSections): ReportTable[] {
  const p = a.profile;
  const s = a.staff;
  const sdm: ReportTable = {
    id: "sdm", title: "Sumber daya: sumber daya manusia", header: ["Uraian", "Nilai"],
    rows: [
      ...PPID_ROLES.map((role) => [`${ROLE_LABELS[role]} (akun aktif saat laporan dibuat)`, s.byRole[role] ?? 0]),
      ["Pelatihan yang diikuti pada periode", s.trainingEvents],
      ["Pegawai yang mengikuti pelatihan", s.trainedOfficers],
      ["Jumlah jam pelatihan seluruh peserta", figure(s.trainingHours, "figure")],
      ["Keterangan", p?.staffNotes || unfilledText(a.year)],
    ],
  };
  const budget: ReportTable = p && p.budgetAmount !== null
    ? {
        id: "anggaran", title: "Sumber daya: anggaran", header: ["Uraian", "Nilai"],
        rows: [
          ["Pagu anggaran", rupiah(p.budgetAmount)],
          ["Sumber anggaran", p.budgetSource],
          ["Realisasi", rupiah(p.budgetRealisation)],
          ["Persentase realisasi", p.budgetRealisation === null || p.budgetAmount === 0 ? "–" : percent(p.budgetRealisation, p.budgetAmount)],
          ["Keterangan", p.budgetNotes || "–"],
        ],
      }
    : unfilled("anggaran", "Sumber daya: anggaran", a.year);
  return [
    p && p.facilities.length > 0
      ? { id: "sarana", title: "Sumber daya: sarana dan prasarana", header: ["Sarana dan prasarana", "Kondisi", "Keterangan"], rows: p.facilities.map((f) => [f.name, FACILITY_CONDITION_LABELS[f.condition], f.notes || "–"]) }
      : unfilled("sarana", "Sumber daya: sarana dan prasarana", a.year),
    sdm,
    budget,
  ];
}

export function objectionTables(a: AnnualSections): ReportTable[] {
  return [
    {
      id: "keberatan-alasan", title: "Keberatan menurut alasan (UU 14/2008 Pasal 35 ayat 1) dan tanggapan Atasan PPID", header: ["Uraian", "Jumlah"],
      rows: [
        ...Object.entries(GROUND_LABELS).map(([k, label]) => [`Alasan ${label}`, a.objectionGrounds[k as keyof typeof GROUND_LABELS] ?? 0]),
        ...Object.entries(DECISION_LABELS).map(([k, label]) => [`Tanggapan: ${label}`, a.objectionDecisions[k as keyof typeof DECISION_LABELS] ?? 0]),
      ],
    },
    {
      id: "sengketa", title: `Sengketa informasi di Komisi Informasi Provinsi (${a.disputes.length})`, header: ["Nomor keberatan", "Tanggal diajukan", "Tahap", "Hasil"],
      rows: a.disputes.map((d) => [d.registrationNumber, day(d.filedDate), d.stage ? DISPUTE_STAGE_LABELS[d.stage] : "–", d.result || "–"]),
    },
  ];
}

/** Ids of the tables that show "belum diisi" (the staff page links them to the profile form). */
export function unfilledTableIds(a: AnnualSections | null): Set<string> {
  if (!a) return new Set();
  const text = unfilledText(a.year);
  return new Set([...policyTables(a), ...resourceTables(a)].filter((t) => t.rows.some((r) => r.includes(text))).map((t) => t.id));
}

/**
 * The period tables with the annual sections in place: policy and resources first, objection
 * grounds and disputes right after the objection figures; the rest keeps its order.
 */
export function withAnnualSections(tables: ReportTable[], a: AnnualSections | null): ReportTable[] {
  if (!a) return tables;
  const at = tables.findIndex((t) => t.id === "keberatan");
  const split = at < 0 ? tables.findIndex((t) => t.id === "kendala") : at + 1;
  const cut = split < 0 ? tables.length : split;
  return [...policyTables(a), ...resourceTables(a), ...tables.slice(0, cut), ...objectionTables(a), ...tables.slice(cut)];
}

export const annualIntro = (agencyName: string, periodTitle: string) =>
  `Laporan ini memuat layanan informasi publik ${agencyName} periode ${periodTitle} menurut UU 14/2008 dan Perki 1/2021: kebijakan; sumber daya (sarana dan prasarana, sumber daya manusia, anggaran); permohonan, waktu pemenuhan, putusan dan alasan penolakan; keberatan dan sengketa informasi; pengaduan; Survei Kepuasan Masyarakat; kendala; dan rekomendasi.`;
