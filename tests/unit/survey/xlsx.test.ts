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

it("writes one worksheet per table with numbers as numbers and text escaped", () => {
  const zip = workbookXlsx([
    { name: "ringkasan", title: "Ringkasan", header: ["Uraian", "Jumlah"], rows: [["Permohonan diterima", 12], ["A & B <C>", "–"]] },
    { name: "skm", title: "SKM", header: ["Unsur"], rows: [] },
  ]);
  const parts = entries(zip);
  expect(Object.keys(parts)).toEqual(["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]);
  expect(parts["xl/workbook.xml"]).toContain('<sheet name="1 ringkasan" sheetId="1" r:id="rId1"/>');
  expect(parts["xl/worksheets/sheet1.xml"]).toContain('<c r="B4"><v>12</v></c>');
  expect(parts["xl/worksheets/sheet1.xml"]).toContain("A &amp; B &lt;C&gt;");
  expect(safeSheetName("a/b:c*d?e[f]g\\h and a very long tail of words", 9)).toBe("10 a b c d e f g h and a very l");
});
