// How SKM figures are printed, everywhere (public pages, staff report, PDF, XLSX text): one formatter
// per figure, so /survei/hasil, /statistik and the reports agree (domain README §6). Pure.
import { formatDecimal } from "@/lib/format/decimal";
import { MUTU_LABELS, type Mutu, type UnsurResult } from "./ikm";

/** The IKM as published: rounded to two decimals at the end and always shown with both ("50,00"). */
export const formatIkm = (ikm: number | null) => formatDecimal(ikm, 2);

/** NRR per unsur (1–4), two decimals ("3,10"). */
export const formatNrr = (nrr: number | null) => formatDecimal(nrr, 2);

/** Weighted NRR (NRR × 1/9, kept exact in the arithmetic), four decimals ("0,3444"). */
export const formatWeightedNrr = (weighted: number | null) => formatDecimal(weighted, 4);

/** The bars of the NRR chart: unsur with an answer, NRR rounded to two decimals. */
export const nrrChartData = (unsur: readonly UnsurResult[]): { code: string; nrr: number }[] =>
  unsur.flatMap((u) => (u.nrr === null ? [] : [{ code: u.code, nrr: Math.round(u.nrr * 100) / 100 }]));

/** "D (Tidak Baik)"; "–" while the IKM cannot be computed. */
export const mutuText = (mutu: Mutu | null) => (mutu ? `${mutu} (${MUTU_LABELS[mutu]})` : "–");
