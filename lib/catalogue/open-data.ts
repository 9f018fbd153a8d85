import { officeDateOf } from "@/lib/datetime/zoned-to-utc";
import { OFFICE_TIME_ZONE } from "@/lib/format/dates";
import { CATEGORY_LABELS } from "./labels";
import type { PublicItem } from "./visibility";

/** One published item as open data: the same fields the portal shows (exempt: title and basis only). */
export type OpenDataRow = {
  id: string;
  judul: string;
  kategori: string;
  ringkasan: string;
  unitPengelola: string;
  penanggungJawab: string;
  waktuPembuatan: string;
  tempatPembuatan: string;
  format: string[];
  jangkaWaktuPenyimpanan: string;
  tautan: string;
  berkas: { nama: string; url: string }[];
  dasarPengecualian: string;
  tanggalTerbit: string;
  terakhirDiperbarui: string;
  halaman: string;
};

export function publicItemPath(item: { slug: string }): string {
  return `/informasi/${item.slug}`;
}

export function fileDownloadPath(fileId: string): string {
  return `/informasi/unduh/${fileId}`;
}

export function exemptBasisText(item: { exemptLetter: string | null; exemptLegalBasis: string | null }): string {
  const letter = item.exemptLetter ? `UU KIP Pasal 17 huruf ${item.exemptLetter}` : "UU KIP Pasal 17";
  if (!item.exemptLegalBasis) return letter;
  return /pasal\s+17/i.test(item.exemptLegalBasis) ? item.exemptLegalBasis : `${letter} — ${item.exemptLegalBasis}`;
}

const day = (d: Date | null) => (d ? officeDateOf(d, OFFICE_TIME_ZONE) : "");

export function toOpenDataRow(item: PublicItem): OpenDataRow {
  const common = {
    id: item.id,
    judul: item.title,
    kategori: CATEGORY_LABELS[item.category],
    tanggalTerbit: day(item.publishedAt),
    terakhirDiperbarui: day(item.lastUpdatedAt),
    halaman: publicItemPath(item),
  };
  if (item.exempt) {
    return { ...common, ringkasan: "", unitPengelola: "", penanggungJawab: "", waktuPembuatan: "", tempatPembuatan: "", format: [], jangkaWaktuPenyimpanan: "", tautan: "", berkas: [], dasarPengecualian: exemptBasisText(item) };
  }
  return {
    ...common,
    ringkasan: item.summary,
    unitPengelola: item.unit,
    penanggungJawab: item.responsibleOfficial,
    waktuPembuatan: item.madeWhen ?? "",
    tempatPembuatan: item.madeWhere ?? "",
    format: item.formats,
    jangkaWaktuPenyimpanan: item.retentionPeriod,
    tautan: item.linkUrl ?? "",
    berkas: item.files.map(({ file }) => ({ nama: file.originalName, url: fileDownloadPath(file.id) })),
    dasarPengecualian: "",
  };
}

export const CSV_HEADER = [
  "id", "judul", "kategori", "ringkasan", "unit_pengelola", "penanggung_jawab", "waktu_pembuatan", "tempat_pembuatan",
  "format", "jangka_waktu_penyimpanan", "tautan", "berkas", "dasar_pengecualian", "tanggal_terbit", "terakhir_diperbarui", "halaman",
] as const;

export function toCsvCells(row: OpenDataRow): string[] {
  return [
    row.id, row.judul, row.kategori, row.ringkasan, row.unitPengelola, row.penanggungJawab, row.waktuPembuatan, row.tempatPembuatan,
    row.format.join(", "), row.jangkaWaktuPenyimpanan, row.tautan, row.berkas.map((b) => b.url).join(" "), row.dasarPengecualian,
    row.tanggalTerbit, row.terakhirDiperbarui, row.halaman,
  ];
}
