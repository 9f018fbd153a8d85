import "server-only";
import { z } from "zod";
import { readSetting } from "@/lib/settings/store";

// Kop surat and contact details; editable by ADMIN. Defaults describe our first customer.
export const agencyProfileSchema = z.object({
  name: z.string("Nama instansi wajib diisi.").trim().min(3, "Nama instansi wajib diisi."),
  parentName: z.string("Nama induk instansi harus berupa teks.").trim().default("Pemerintah Provinsi Nusa Tenggara Timur"),
  address: z.string("Alamat wajib diisi.").trim().min(5, "Alamat wajib diisi."),
  phone: z.string("Nomor telepon wajib diisi.").trim().min(5, "Nomor telepon wajib diisi."),
  email: z.email("Alamat surel tidak valid."),
  registrationCode: z
    .string()
    .trim()
    .regex(/^[A-Z0-9.-]{2,30}$/, "Kode penomoran hanya huruf kapital, angka, titik atau tanda hubung."),
});

export type AgencyProfile = z.infer<typeof agencyProfileSchema>;

export const DEFAULT_AGENCY_PROFILE: AgencyProfile = {
  name: "Dinas Perindustrian dan Perdagangan Provinsi Nusa Tenggara Timur",
  parentName: "Pemerintah Provinsi Nusa Tenggara Timur",
  address: "Jl. Polisi Militer No. 5, Kota Kupang, Nusa Tenggara Timur 85111",
  phone: "(0380) 833 185",
  email: "ppid.disperindag@nttprov.go.id",
  registrationCode: "PPID-DPP",
};

export async function getAgencyProfile(): Promise<AgencyProfile> {
  return readSetting("agency", agencyProfileSchema, DEFAULT_AGENCY_PROFILE);
}
