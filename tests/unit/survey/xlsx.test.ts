import { inflateRawSync } from "node:zlib";
import { safeSheetName, workbookXlsx } from "@/lib/xlsx/workbook";

/** Reads the entries of a stored ZIP back (method 0), following the local headers. */
function entries(zip: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  let at = 0;
  while (zip.readUInt32LE(at) === 0x04034b50) {
    const method = zip.readUInt16LE(at + 8);
    const size = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const name = zip.toString("utf8", at + 30, at + 30 + nameLength);
    const data = zip.subarray(at + 30 + nameLength, at + 30 + nameLength + size);
    out[name] = (method === 8 ? inflateRawSync(data) : data).toString("utf8");
    at += 30 + nameLength + size;
  }
  return out;
}

it("writes one worksheet per table under its heading lines, with numbers as numbers and text escaped", () => {
  const zip = workbookXlsx([
    { name: "ringkasan", heading: ["Dinas X", "Laporan Bulanan", "Periode November 2026", "Ringkasan"], header: ["Uraian", "Jumlah"], rows: [["Permohonan diterima", 12], ["A & B <C>", "–"]] },
    { name: "skm", heading: ["SKM"], header: ["Unsur"], rows: [] },
  ]);
  const parts = entries(zip);
  expect(Object.keys(parts)).toEqual(["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]);
  expect(parts["xl/workbook.xml"]).toContain('<sheet name="1 ringkasan" sheetId="1" r:id="rId1"/>');
  const sheet = parts["xl/worksheets/sheet1.xml"];
  expect(sheet).toContain('<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">Dinas X</t></is></c></row>');
  expect(sheet).toContain('<c r="A3" t="inlineStr"><is><t xml:space="preserve">Periode November 2026</t></is></c>');
  expect(sheet).toContain('<c r="A4" t="inlineStr"><is><t xml:space="preserve">Ringkasan</t></is></c>');
  expect(sheet).toContain('<row r="5"></row><row r="6"><c r="A6" t="inlineStr"><is><t xml:space="preserve">Uraian</t>');
  expect(sheet).toContain('<c r="B7"><v>12</v></c>');
  expect(sheet).toContain("A &amp; B &lt;C&gt;");
  expect(parts["xl/worksheets/sheet2.xml"]).toContain('<row r="3"><c r="A3" t="inlineStr"><is><t xml:space="preserve">Unsur</t>');
  expect(safeSheetName("a/b:c*d?e[f]g\\h and a very long tail of words", 9)).toBe("10 a b c d e f g h and a very l");
});

it("writes a formatted number as a number cell with its style; each format code is declared once in styles.xml", () => {
  const zip = workbookXlsx([
    { name: "a", heading: [], header: ["x", "y"], rows: [[{ value: 0.4, numFmt: "0.0%" }, { value: 3.1, numFmt: "0.00" }], [{ value: 0.667, numFmt: "0.0%" }, { value: 125000000, numFmt: '"Rp"#,##0' }]] },
  ]);
  const parts = entries(zip);
  expect(parts["[Content_Types].xml"]).toContain('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>');
  expect(parts["xl/_rels/workbook.xml.rels"]).toContain('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>');
  const styles = parts["xl/styles.xml"];
  expect(styles).toContain('<numFmts count="3"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="0.00"/><numFmt numFmtId="166" formatCode="&quot;Rp&quot;#,##0"/></numFmts>');
  expect(styles).toContain('<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164"');
  const sheet = parts["xl/worksheets/sheet1.xml"];
  // No heading lines: blank row, header, rows.
  expect(sheet).toContain('<c r="A3" s="1"><v>0.4</v></c><c r="B3" s="2"><v>3.1</v></c>');
  expect(sheet).toContain('<c r="A4" s="1"><v>0.667</v></c><c r="B4" s="3"><v>125000000</v></c>');
});

it("declares no number formats when every cell is text or a plain number", () => {
  const styles = entries(workbookXlsx([{ name: "a", heading: ["T"], header: ["x"], rows: [[1], ["b"]] }]))["xl/styles.xml"];
  expect(styles).not.toContain("numFmts");
  expect(styles).toContain('<cellXfs count="1">');
});

it("leaves an empty text cell out of the sheet", () => {
  const sheet = entries(workbookXlsx([{ name: "a", heading: [], header: ["x", "y", "z"], rows: [["IKM", "", 50]] }]))["xl/worksheets/sheet1.xml"];
  expect(sheet).toContain('<row r="3"><c r="A3" t="inlineStr"><is><t xml:space="preserve">IKM</t></is></c><c r="C3"><v>50</v></c></row>');
});
