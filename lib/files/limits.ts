/**
 * Upload rules shared by the browser (early hint in the form) and the server (the real check, by
 * content: see file-type.ts). Pure: safe to import from client components.
 */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const MAX_UPLOAD_LABEL = "20 MB";

export type AllowedFileKind = "pdf" | "jpeg" | "png" | "docx" | "xlsx" | "odt" | "ods" | "csv";

export const FILE_KINDS: Record<AllowedFileKind, { mimeType: string; extension: string; label: string }> = {
  pdf: { mimeType: "application/pdf", extension: "pdf", label: "PDF" },
  jpeg: { mimeType: "image/jpeg", extension: "jpg", label: "JPEG" },
  png: { mimeType: "image/png", extension: "png", label: "PNG" },
  docx: { mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx", label: "DOCX" },
  xlsx: { mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx", label: "XLSX" },
  odt: { mimeType: "application/vnd.oasis.opendocument.text", extension: "odt", label: "ODT" },
  ods: { mimeType: "application/vnd.oasis.opendocument.spreadsheet", extension: "ods", label: "ODS" },
  csv: { mimeType: "text/csv", extension: "csv", label: "CSV" },
};

/** Kinds accepted for a power of attorney (surat kuasa). */
export const DOCUMENT_KINDS: readonly AllowedFileKind[] = ["pdf", "jpeg", "png"];

/** Kinds accepted for published information (DIP): documents, spreadsheets and open data. */
export const DIP_FILE_KINDS: readonly AllowedFileKind[] = ["pdf", "docx", "xlsx", "odt", "ods", "csv", "jpeg", "png"];
/** Kinds accepted as evidence or delivered information: PDF, images and office documents. */
export const EVIDENCE_KINDS: readonly AllowedFileKind[] = ["pdf", "jpeg", "png", "docx", "xlsx", "odt", "ods"];

/** Value for an <input type="file" accept="…">. */
export function acceptAttribute(kinds: readonly AllowedFileKind[]): string {
  return kinds.flatMap((k) => [FILE_KINDS[k].mimeType, `.${FILE_KINDS[k].extension}`]).join(",");
}

export function kindsLabel(kinds: readonly AllowedFileKind[]): string {
  return kinds.map((k) => FILE_KINDS[k].label).join(", ");
}

/** Anything with a name, a size and bytes: the browser's File and the server's (undici) File. */
export type FileLike = { name: string; size: number; type: string; arrayBuffer(): Promise<ArrayBuffer> };

export function isFileLike(value: unknown): value is FileLike {
  if (typeof value !== "object" || value === null) return false;
  const f = value as Partial<FileLike>;
  return typeof f.name === "string" && typeof f.size === "number" && typeof f.arrayBuffer === "function";
}

/**
 * A file input left empty still sends an empty File, and React's action encoding may rename it "blob":
 * only a non-empty file counts as chosen (an empty upload is useless as evidence anyway).
 */
export function isChosenFile(value: unknown): value is FileLike {
  return isFileLike(value) && value.size > 0;
}
