import { CSV_BOM, csvField, toCsv } from "@/lib/csv/to-csv";

describe("toCsv", () => {
  it("starts with the UTF-8 BOM and ends every record with CRLF", () => {
    const csv = toCsv(["a", "b"], [["1", "2"]]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe("a;b\r\n1;2\r\n");
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("uses ';' by default (Indonesian Excel) and accepts ',' as a parameter", () => {
    expect(toCsv(["x"], [["1,5"]], { bom: false })).toBe("x\r\n1,5\r\n");
    expect(toCsv(["x"], [["1,5"]], { bom: false, delimiter: "," })).toBe('x\r\n"1,5"\r\n');
    expect(toCsv(["x"], [["a;b"]], { bom: false, delimiter: "," })).toBe("x\r\na;b\r\n");
  });

  it("quotes fields with the delimiter, quotes or line breaks, doubling inner quotes (RFC 4180)", () => {
    expect(csvField("a;b")).toBe('"a;b"');
    expect(csvField('Surat "penting"')).toBe('"Surat ""penting"""');
    expect(csvField("baris 1\nbaris 2")).toBe('"baris 1\nbaris 2"');
    expect(csvField("baris 1\r\nbaris 2")).toBe('"baris 1\r\nbaris 2"');
    expect(csvField("biasa")).toBe("biasa");
  });

  it("keeps Unicode names and apostrophes intact", () => {
    const csv = toCsv(["Nama"], [["Maria Goreti Nggadas"], ["Yohanes Ndun'a"], ["Ñoño Café"]], { bom: false });
    expect(csv).toBe("Nama\r\nMaria Goreti Nggadas\r\nYohanes Ndun'a\r\nÑoño Café\r\n");
  });

  it("writes empty cells for null and undefined, numbers as they are", () => {
    expect(toCsv(["a", "b", "c"], [[null, undefined, 15000]], { bom: false })).toBe("a;b;c\r\n;;15000\r\n");
  });

  it("neutralises spreadsheet formulas typed by the public", () => {
    expect(csvField("=HYPERLINK(\"http://x\")")).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField("+62 812")).toBe("'+62 812");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("-1")).toBe("'-1");
    expect(csvField(-1)).toBe("-1");
    expect(csvField("=1", ";", false)).toBe("=1");
  });

  it("round-trips through a strict RFC 4180 reader", () => {
    const rows = [["0001/PMH/X/2026", 'Kata "kutip"; titik koma', "dua\r\nbaris", "Ndun'a"]];
    const csv = toCsv(["n", "a", "b", "c"], rows, { bom: false });
    expect(parseRfc4180(csv, ";")).toEqual([["n", "a", "b", "c"], ...rows]);
  });

  it("refuses a delimiter that would corrupt the file", () => {
    expect(() => toCsv(["a"], [], { delimiter: '"' })).toThrow(RangeError);
    expect(() => toCsv(["a"], [], { delimiter: ";;" })).toThrow(RangeError);
  });
});

/** Minimal strict reader used only to prove the writer's output parses back. */
function parseRfc4180(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) record.push(field), (field = "");
    else if (ch === "\r" && text[i + 1] === "\n") record.push(field), records.push(record), (record = []), (field = ""), i++;
    else field += ch;
  }
  return records;
}
