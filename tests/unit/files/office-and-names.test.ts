import { contentDisposition } from "@/lib/files/content-disposition";
import { detectFileKindOfContent } from "@/lib/files/file-type";
import { DOCX_ENTRIES, makeZip, ODT_ENTRIES } from "../../support/zip-fixture";

describe("office documents are recognised by their inner structure", () => {
  it("accepts DOCX, XLSX, ODT and ODS", () => {
    expect(detectFileKindOfContent(makeZip(DOCX_ENTRIES))).toBe("docx");
    expect(detectFileKindOfContent(makeZip([["[Content_Types].xml", "<Types/>"], ["xl/workbook.xml", "<workbook/>"]]))).toBe("xlsx");
    expect(detectFileKindOfContent(makeZip(ODT_ENTRIES))).toBe("odt");
    expect(detectFileKindOfContent(makeZip([["mimetype", "application/vnd.oasis.opendocument.spreadsheet"], ["content.xml", "<x/>"]]))).toBe("ods");
  });
  it("refuses a plain ZIP, a ZIP posing as DOCX without its document, and a truncated archive", () => {
    expect(detectFileKindOfContent(makeZip([["virus.exe", "MZ"]]))).toBeNull();
    expect(detectFileKindOfContent(makeZip([["[Content_Types].xml", "<Types/>"]]))).toBeNull();
    expect(detectFileKindOfContent(makeZip(DOCX_ENTRIES).slice(0, 60))).toBeNull();
    expect(detectFileKindOfContent(makeZip([["mimetype", "application/x-evil"], ["content.xml", "<x/>"]]))).toBeNull();
  });
  it("still recognises PDF and images by their magic bytes", () => {
    expect(detectFileKindOfContent(new TextEncoder().encode("%PDF-1.7\n"))).toBe("pdf");
  });
});

describe("Content-Disposition for any file name", () => {
  it("sends an ASCII fallback and the exact UTF-8 name (RFC 5987)", () => {
    const header = contentDisposition("Surat kuasa—Bapak Ñoño 📄.pdf");
    expect(header).toBe(`attachment; filename="Surat kuasa_Bapak Nono _.pdf"; filename*=UTF-8''Surat%20kuasa%E2%80%94Bapak%20%C3%91o%C3%B1o%20%F0%9F%93%84.pdf`);
  });
  it("neutralises quotes, backslashes and header injection", () => {
    const header = contentDisposition('a"b\\c;\r\nSet-Cookie: x=1.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.split('filename="')[1].split('"')[0]).toBe("a_b_c___Set-Cookie: x=1.pdf");
  });
  it("keeps a 300-character Unicode name whole in filename*", () => {
    const name = "\u0416".repeat(100) + Array.from("Laporan \u00c4\u{1F4C4} ".repeat(20)).slice(0, 196).join("") + ".pdf";
    expect(Array.from(name)).toHaveLength(300);
    const encoded = contentDisposition(name).split("filename*=UTF-8''")[1];
    expect(decodeURIComponent(encoded)).toBe(name);
  });
});
