import "server-only";
import { z } from "zod";
import { readSetting } from "@/lib/settings/store";

// Who signs the evaluation reports (the head of the Dinas): name, title and NIP, as a setting.
export const reportSignatorySchema = z.object({
  name: z.string().trim().min(3, "Nama penanda tangan wajib diisi."),
  title: z.string().trim().min(3, "Jabatan wajib diisi."),
  nip: z.string().trim().regex(/^(\d{18})?$/, "NIP terdiri dari 18 angka.").default(""),
});
export type ReportSignatory = z.infer<typeof reportSignatorySchema>;
export const REPORT_SIGNATORY_KEY = "report.signatory";
export const DEFAULT_REPORT_SIGNATORY: ReportSignatory = {
  name: "Kepala Dinas Perindustrian dan Perdagangan",
  title: "Kepala Dinas Perindustrian dan Perdagangan Provinsi Nusa Tenggara Timur",
  nip: "",
};

export async function getReportSignatory(): Promise<ReportSignatory> {
  return readSetting(REPORT_SIGNATORY_KEY, reportSignatorySchema, DEFAULT_REPORT_SIGNATORY);
}
