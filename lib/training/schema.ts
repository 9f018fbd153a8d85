import { z } from "zod";
import { dateText } from "@/lib/internal-audit/schema";

export const trainingEventSchema = z.object({
  title: z.string("Judul pelatihan minimal 5 karakter.").trim().min(5, "Judul pelatihan minimal 5 karakter.").max(200, "Maksimal 200 karakter."),
  organiser: z.string("Isi penyelenggara.").trim().min(3, "Isi penyelenggara.").max(200, "Maksimal 200 karakter."),
  date: dateText,
  hours: z.string("Isi jumlah jam pelajaran, mis. 8 atau 2,5.").trim().regex(/^\d+([.,]\d)?$/, "Isi jumlah jam pelajaran, mis. 8 atau 2,5.").transform((v) => Number(v.replace(",", "."))).refine((n) => n > 0 && n <= 200, "Jumlah jam antara 0,5 dan 200."),
  topic: z.string("Isi topik.").trim().min(3, "Isi topik.").max(500, "Maksimal 500 karakter."),
  competency: z.string("Isian harus berupa teks.").trim().max(200, "Maksimal 200 karakter.").transform((v) => v || null),
});
