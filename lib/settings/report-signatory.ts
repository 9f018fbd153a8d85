import "server-only";
import { z } from "zod";
import type { Db, Tx } from "@/lib/db";
import { readSetting } from "@/lib/settings/store";

// Who signs the evaluation reports (the head of the Dinas): name, title and NIP, as a setting.
// Edited on Staf → Penanda tangan laporan (lib/settings/report-signatory-service.ts).
export const reportSignatorySchema = z.object({
  name: z.string("Nama penanda tangan wajib diisi.").trim().min(3, "Nama penanda tangan wajib diisi.").max(200, "Nama maksimal 200 karakter."),
  title: z.string("Jabatan wajib diisi.").trim().min(3, "Jabatan wajib diisi.").max(300, "Jabatan maksimal 300 karakter."),
  // NIPs are often written in groups ("19690421 199503 1 002"): spaces are dropped before the check.
  nip: z
    .string("NIP terdiri dari 18 angka.")
    .transform((v) => v.replace(/\s+/g, ""))
    .pipe(z.string().regex(/^(\d{18})?$/, "NIP terdiri dari 18 angka."))
    .default(""),
});
export type ReportSignatory = z.infer<typeof reportSignatorySchema>;
export const REPORT_SIGNATORY_KEY = "report.signatory";
export const DEFAULT_REPORT_SIGNATORY: ReportSignatory = {
  name: "Kepala Dinas Perindustrian dan Perdagangan",
  title: "Kepala Dinas Perindustrian dan Perdagangan Provinsi Nusa Tenggara Timur",
  nip: "",
};

export async function getReportSignatory(client?: Db | Tx): Promise<ReportSignatory> {
  return readSetting(REPORT_SIGNATORY_KEY, reportSignatorySchema, DEFAULT_REPORT_SIGNATORY, client);
}
