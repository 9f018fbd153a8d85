import { detectFileKind } from "@/lib/files/file-type";
import { acceptAttribute, DOCUMENT_KINDS, isChosenFile } from "@/lib/files/limits";

const bytes = (...values: number[]) => new Uint8Array(values);

describe("detectFileKind", () => {
  it("recognises PDF, JPEG and PNG by their first bytes", () => {
    expect(detectFileKind(new TextEncoder().encode("%PDF-1.7\n"))).toBe("pdf");
    expect(detectFileKind(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe("jpeg");
    expect(detectFileKind(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe("png");
  });

  it("rejects other content whatever the file is called", () => {
    expect(detectFileKind(new TextEncoder().encode("MZ\x90\x00 program"))).toBeNull(); // Windows executable
    expect(detectFileKind(new TextEncoder().encode("<html>%PDF-"))).toBeNull();
    expect(detectFileKind(bytes(0x89, 0x50, 0x4e, 0x47))).toBeNull(); // truncated PNG signature
    expect(detectFileKind(bytes())).toBeNull();
  });
});

describe("upload limits helpers", () => {
  it("builds the accept attribute", () => {
    expect(acceptAttribute(DOCUMENT_KINDS)).toBe("application/pdf,.pdf,image/jpeg,.jpg,image/png,.png");
  });

  it("treats the empty File an untouched file input sends as no file", () => {
    const file = (name: string, size: number) => ({ name, size, type: "", arrayBuffer: async () => new ArrayBuffer(size) });
    expect(isChosenFile(file("", 0))).toBe(false);
    // React's action encoding renames an empty file input "blob": still no file.
    expect(isChosenFile(file("blob", 0))).toBe(false);
    expect(isChosenFile(file("kuasa.pdf", 10))).toBe(true);
    expect(isChosenFile("kuasa.pdf")).toBe(false);
    expect(isChosenFile(null)).toBe(false);
  });
});
