// A cell of a report table: text, a count, or a typed figure (a number with what it measures). The
// screen and the A4 HTML/PDF print a figure as Indonesian text ("66,7%", "3,10"); the spreadsheet
// export writes the number itself with a number format, so Excel can sum it. Pure.
import { formatRupiah } from "@/lib/format/rupiah";
import { formatScore } from "@/lib/monev/category";
import { formatIkm, formatNrr, formatWeightedNrr } from "@/lib/survey/ikm-format";
import { formatFigure, formatPercent } from "./figures-format";

export type FigureKind = "percent" | "figure" | "nrr" | "weightedNrr" | "ikm" | "score" | "rupiah";
/** A figure of the report; null when there is nothing to measure (prints "–"). */
export type Figure = { readonly value: number | null; readonly kind: FigureKind };
export type ReportCell = string | number | Figure;

export const figure = (value: number | null, kind: FigureKind): Figure => ({ value, kind });

type KindFormat = {
  /** Indonesian text of the screen and the PDF. */
  text: (value: number) => string;
  /** SpreadsheetML number format code, and the stored value when it differs (percent: a fraction). */
  numFmt: string;
  stored?: (value: number) => number;
};

const KINDS: Record<FigureKind, KindFormat> = {
  // 66.7 → "66,7%" / 0.667 (15 significant digits drop the float noise of the division: 78.8 / 100).
  percent: { text: formatPercent, numFmt: "0.0%", stored: (v) => Number((v / 100).toPrecision(15)) },
  figure: { text: (v) => formatFigure(v), numFmt: "0.0" }, // working days, hours: "5,5"
  nrr: { text: formatNrr, numFmt: "0.00" },
  weightedNrr: { text: formatWeightedNrr, numFmt: "0.0000" },
  ikm: { text: formatIkm, numFmt: "0.00" },
  score: { text: formatScore, numFmt: "0.00" }, // officer rubric total, as rubricText prints it
  rupiah: { text: formatRupiah, numFmt: '"Rp"#,##0' },
};

const isFigure = (cell: ReportCell): cell is Figure => typeof cell === "object";

/** The text of a cell as the screen and the PDF print it. */
export function cellText(cell: ReportCell): string {
  if (!isFigure(cell)) return String(cell);
  return cell.value === null ? "–" : KINDS[cell.kind].text(cell.value);
}

/** A figure as a spreadsheet number with its format; text and counts stay as they are, an empty figure is "–". */
export function cellSheetValue(cell: ReportCell): string | number | { value: number; numFmt: string } {
  if (!isFigure(cell)) return cell;
  if (cell.value === null) return cellText(cell);
  const { numFmt, stored } = KINDS[cell.kind];
  return { value: stored ? stored(cell.value) : cell.value, numFmt };
}
