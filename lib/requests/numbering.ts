import "server-only";
import type { Tx } from "@/lib/db";

export type RegistrationKind = "PERMOHONAN" | "KEBERATAN" | "PENGADUAN" | "SURAT";

const KIND_CODES: Record<RegistrationKind, string> = { PERMOHONAN: "PMH", KEBERATAN: "KBR", PENGADUAN: "ADU", SURAT: "SRT" };

/**
 * Takes the next number of a yearly sequence. Must run inside the transaction that inserts the
 * record: the row lock serialises concurrent submissions, and a rollback returns the number, so the
 * register has no gaps and no duplicates.
 */
export async function takeNextSequence(tx: Tx, kind: RegistrationKind, year: number): Promise<number> {
  const rows = await tx.$queryRaw<{ lastNumber: number }[]>`
    INSERT INTO "RegistrationSequence" ("kind", "year", "lastNumber") VALUES (${kind}, ${year}, 1)
    ON CONFLICT ("kind", "year") DO UPDATE SET "lastNumber" = "RegistrationSequence"."lastNumber" + 1
    RETURNING "lastNumber"`;
  return rows[0].lastNumber;
}

/** e.g. 0007/PMH/PPID-DPP/2026: sequence, kind, agency code, year. */
export function formatRegistrationNumber(kind: RegistrationKind, agencyCode: string, year: number, sequence: number): string {
  return `${String(sequence).padStart(4, "0")}/${KIND_CODES[kind]}/${agencyCode}/${year}`;
}
