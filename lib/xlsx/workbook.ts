// A minimal SpreadsheetML (XLSX) writer: one sheet per table, a few heading lines above a bold-free
// header row, inline strings and numbers; a number may carry a number format ("0.0%", "0.00"), which
// goes to xl/styles.xml. No dependency: an XLSX is a ZIP of a few XML parts. Pure.
import { storedZip } from "./zip";

/** A number shown with a SpreadsheetML number format code (the value stays a number for Excel). */
export type FormattedNumber = { value: number; numFmt: string };
export type SheetCell = string | number | FormattedNumber;
/** `heading`: lines above the table (agency, report, period, table title), one per row. */
export type Sheet = { name: string; heading: string[]; header: string[]; rows: SheetCell[][] };

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** Ids below 164 are Excel's built-in formats. */
const FIRST_CUSTOM_FORMAT = 164;

const xml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");

function column(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The number formats used by the sheets, in order of first use; style index = position + 1 (0 is the default). */
function numberFormats(sheets: Sheet[]): string[] {
  const codes = sheets.flatMap((s) => s.rows.flatMap((row) => row.flatMap((c) => (typeof c === "object" ? [c.numFmt] : []))));
  return [...new Set(codes)];
}

function cell(value: SheetCell, ref: string, formats: string[]): string {
  if (value === "") return ""; // an empty cell stays empty (not a text cell Excel would count)
  if (typeof value === "object" && Number.isFinite(value.value)) return `<c r="${ref}" s="${formats.indexOf(value.numFmt) + 1}"><v>${value.value}</v></c>`;
  if (typeof value === "number" && Number.isFinite(value)) return `<c r="${ref}"><v>${value}</v></c>`;
  const text = typeof value === "object" ? String(value.value) : String(value);
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xml(text)}</t></is></c>`;
}

function sheetXml(sheet: Sheet, formats: string[]): string {
  const lines: SheetCell[][] = [...sheet.heading.map((line) => [line]), [], sheet.header, ...sheet.rows];
  const rows = lines.map((line, r) => `<row r="${r + 1}">${line.map((v, c) => cell(v, `${column(c)}${r + 1}`, formats)).join("")}</row>`).join("");
  return `${XML_HEAD}<worksheet xmlns="${MAIN_NS}"><sheetData>${rows}</sheetData></worksheet>`;
}

function stylesXml(formats: string[]): string {
  const numFmts = formats.length ? `<numFmts count="${formats.length}">${formats.map((code, i) => `<numFmt numFmtId="${FIRST_CUSTOM_FORMAT + i}" formatCode="${xml(code)}"/>`).join("")}</numFmts>` : "";
  const xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>', ...formats.map((_, i) => `<xf numFmtId="${FIRST_CUSTOM_FORMAT + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`)];
  return `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">${numFmts}<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>`
    + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
    + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    + `<cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
}

/** Sheet names: at most 31 characters, none of []:*?/\ , unique. */
export function safeSheetName(name: string, index: number): string {
  return `${index + 1} ${name.replace(/[[\]:*?/\\]/g, " ")}`.slice(0, 31);
}

export function workbookXlsx(sheets: Sheet[]): Buffer {
  const names = sheets.map((s, i) => safeSheetName(s.name, i));
  const formats = numberFormats(sheets);
  const ct = `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}</Types>`;
  const rels = `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const workbook = `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${names.map((n, i) => `<sheet name="${xml(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`;
  const wbRels = `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}<Relationship Id="rId${sheets.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`;
  return storedZip([
    ["[Content_Types].xml", ct],
    ["_rels/.rels", rels],
    ["xl/workbook.xml", workbook],
    ["xl/_rels/workbook.xml.rels", wbRels],
    ["xl/styles.xml", stylesXml(formats)],
    ...sheets.map((s, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, sheetXml(s, formats)]),
  ]);
}
