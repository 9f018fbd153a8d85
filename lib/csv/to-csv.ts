/**
 * CSV writer (RFC 4180) for spreadsheet exports. Pure: rows in, text out.
 *
 * Defaults fit the users' Excel: Indonesian-locale Excel uses ";" as its list separator (the decimal
 * separator is ","), so a comma-separated file opens as one column there. A `sep=` first line would
 * tell Excel the separator, but it hides the UTF-8 BOM and breaks names like "Ndun'a" or "Nggadas",
 * so the delimiter is ";" and the BOM stays. Callers may pass "," for other tools.
 */
export type CsvOptions = {
  /** Field separator; default ";" (Indonesian Excel). */
  delimiter?: string;
  /** Prefix the UTF-8 byte-order mark so Excel reads the file as UTF-8; default true. */
  bom?: boolean;
  /**
   * Neutralise cells a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) by
   * prefixing an apostrophe: exported text comes from the public (CSV injection). Default true.
   */
  escapeFormulas?: boolean;
};

export const CSV_BOM = "\uFEFF";
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number | null | undefined;

function cellText(value: CsvCell, escapeFormulas: boolean): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  // Numbers are written by us, never by the public: leave "-5" as a number.
  if (escapeFormulas && typeof value === "string" && FORMULA_START.test(text)) return `'${text}`;
  return text;
}

/** One field, quoted when it holds the delimiter, a double quote, CR or LF (quotes doubled). */
export function csvField(value: CsvCell, delimiter = ";", escapeFormulas = true): string {
  const text = cellText(value, escapeFormulas);
  const mustQuote = text.includes(delimiter) || /["\r\n]/.test(text);
  return mustQuote ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: optional BOM, header and rows, each record ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const { delimiter = ";", bom = true, escapeFormulas = true } = options;
  if (delimiter.length !== 1 || /["\r\n]/.test(delimiter)) {
    throw new RangeError(`Invalid CSV delimiter ${JSON.stringify(delimiter)}`);
  }
  const line = (cells: readonly CsvCell[]) => cells.map((cell) => csvField(cell, delimiter, escapeFormulas)).join(delimiter);
  const body = [header, ...rows].map((cells) => `${line(cells)}\r\n`).join("");
  return bom ? CSV_BOM + body : body;
}
