import { z } from "zod";
import { dateText } from "@/lib/internal-audit/schema";

export const publishVersionSchema = z.object({
  documentId: z.string().min(1),
  body: z.string().trim().min(20, "Isi dokumen minimal 20 karakter.").max(50_000, "Isi dokumen terlalu panjang."),
  effectiveDate: dateText,
  approverName: z.string().trim().min(3, "Isi nama dan jabatan pejabat yang menyetujui.").max(200, "Maksimal 200 karakter."),
  changeNote: z.string().trim().max(1000, "Maksimal 1000 karakter.").transform((v) => v || null),
});
