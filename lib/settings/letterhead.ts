import "server-only";
import { z } from "zod";
import { readSetting } from "@/lib/settings/store";

// Kop surat additions to the agency profile (lib/settings/agency.ts): city, signatory and logo.
export const letterheadSchema = z.object({
  city: z.string("Kota wajib diisi.").trim().min(2, "Kota wajib diisi."),
  ppidName: z.string("Nama PPID wajib diisi.").trim().min(3, "Nama PPID wajib diisi."),
  ppidNip: z.string("NIP terdiri dari 18 angka.").trim().regex(/^(\d{18})?$/, "NIP terdiri dari 18 angka.").default(""),
  ppidPosition: z.string("Jabatan wajib diisi.").trim().min(3, "Jabatan wajib diisi."),
  logoFileId: z.string().nullable().default(null),
});

export type Letterhead = z.infer<typeof letterheadSchema>;
export const LETTERHEAD_KEY = "letterhead";

export const DEFAULT_LETTERHEAD: Letterhead = {
  city: "Kupang",
  ppidName: "Maria Goreti Nggadas, S.Sos.",
  ppidNip: "",
  ppidPosition: "PPID Pelaksana Dinas Perindustrian dan Perdagangan Provinsi NTT",
  logoFileId: null,
};

export async function getLetterhead(): Promise<Letterhead> {
  return readSetting(LETTERHEAD_KEY, letterheadSchema, DEFAULT_LETTERHEAD);
}
