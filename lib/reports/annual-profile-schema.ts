// The annual report profile (kebijakan, sarana prasarana, SDM notes, anggaran) of one year. One schema
// for the browser form (react-hook-form) and the server service; every message in Bahasa Indonesia at
// its field. List rows left completely empty are dropped, keeping the indexes of the other rows so
// an error lands on the row the officer typed.
import { z } from "zod";
import { isCalendarDate } from "@/lib/deadlines/calendar-date";
import { parseRupiahAmount } from "@/lib/format/rupiah-amount";

export const FACILITY_CONDITIONS = ["BAIK", "PERLU_PERBAIKAN", "RUSAK", "BELUM_TERSEDIA"] as const;
export type FacilityCondition = (typeof FACILITY_CONDITIONS)[number];
export const FACILITY_CONDITION_LABELS: Record<FacilityCondition, string> = {
  BAIK: "Tersedia, baik",
  PERLU_PERBAIKAN: "Tersedia, perlu perbaikan",
  RUSAK: "Rusak",
  BELUM_TERSEDIA: "Belum tersedia",
};

export const MAX_REGULATIONS = 30;
export const MAX_FACILITIES = 40;
const MAX_RUPIAH = 1_000_000_000_000_000; // Rp1.000 triliun: far above any PPID budget

const text = (max: number, label: string) => z.string().trim().max(max, `${label} maksimal ${max.toLocaleString("id-ID")} karakter.`);

const regulationRow = z
  .object({ number: text(120, "Nomor"), title: text(300, "Judul"), date: z.string().trim() })
  .superRefine((r, ctx) => {
    if (!r.number && !r.title && !r.date) return; // an empty row is dropped
    if (!r.number) ctx.addIssue({ code: "custom", path: ["number"], message: "Nomor peraturan/keputusan wajib diisi." });
    if (!r.title) ctx.addIssue({ code: "custom", path: ["title"], message: "Judul peraturan/keputusan wajib diisi." });
    if (!isCalendarDate(r.date)) ctx.addIssue({ code: "custom", path: ["date"], message: "Tanggal penetapan wajib diisi dengan tanggal yang benar." });
  });

const facilityRow = z
  .object({ name: text(150, "Nama sarana"), condition: z.union([z.enum(FACILITY_CONDITIONS), z.literal("")], "Pilih kondisi sarana."), notes: text(500, "Keterangan") })
  .superRefine((r, ctx) => {
    if (!r.name && !r.notes) return; // an empty row is dropped
    if (!r.name) ctx.addIssue({ code: "custom", path: ["name"], message: "Nama sarana wajib diisi." });
    if (!r.condition) ctx.addIssue({ code: "custom", path: ["condition"], message: "Pilih kondisi sarana." });
  });

/** Optional whole-Rupiah amount; Indonesian formatting ("125.000.000", "Rp 125.000.000,-") accepted. */
const rupiah = (label: string) =>
  z.union([z.string(), z.number()]).transform((v, ctx) => {
    if (typeof v === "string" && v.trim() === "") return null;
    const amount = parseRupiahAmount(v);
    if (amount === null) {
      ctx.addIssue({ code: "custom", message: `${label} harus berupa bilangan bulat rupiah, misalnya 125.000.000.` });
      return z.NEVER;
    }
    if (amount > MAX_RUPIAH) {
      ctx.addIssue({ code: "custom", message: `${label} terlalu besar.` });
      return z.NEVER;
    }
    return amount;
  });

export const annualProfileSchema = z
  .object({
    year: z.union([z.string(), z.number()], "Tahun tidak valid.").transform(Number).pipe(z.number().int("Tahun tidak valid.").min(2000, "Tahun tidak valid.").max(2100, "Tahun tidak valid.")),
    policy: text(5000, "Uraian kebijakan"),
    regulations: z.array(regulationRow).max(MAX_REGULATIONS, `Paling banyak ${MAX_REGULATIONS} peraturan/keputusan.`),
    facilities: z.array(facilityRow).max(MAX_FACILITIES, `Paling banyak ${MAX_FACILITIES} sarana.`),
    staffNotes: text(3000, "Keterangan SDM"),
    budgetAmount: rupiah("Pagu anggaran"),
    budgetSource: text(200, "Sumber anggaran"),
    budgetRealisation: rupiah("Realisasi anggaran"),
    budgetNotes: text(2000, "Keterangan anggaran"),
  })
  .superRefine((v, ctx) => {
    if (v.budgetAmount !== null && !v.budgetSource) ctx.addIssue({ code: "custom", path: ["budgetSource"], message: "Sumber anggaran wajib diisi bila pagu diisi, misalnya APBD Provinsi NTT." });
    if (v.budgetRealisation !== null && v.budgetAmount === null) ctx.addIssue({ code: "custom", path: ["budgetAmount"], message: "Isi pagu anggaran bila realisasi diisi." });
    if (v.budgetRealisation !== null && v.budgetAmount !== null && v.budgetRealisation > v.budgetAmount) {
      ctx.addIssue({ code: "custom", path: ["budgetRealisation"], message: "Realisasi tidak boleh melebihi pagu anggaran." });
    }
  })
  .transform((v) => ({
    ...v,
    regulations: v.regulations.filter((r) => r.number || r.title || r.date),
    facilities: v.facilities.filter((f) => f.name || f.notes).map((f) => ({ ...f, condition: f.condition as FacilityCondition })),
  }));

export type AnnualProfileInput = z.input<typeof annualProfileSchema>;
export type AnnualProfile = z.output<typeof annualProfileSchema>;
export type Regulation = AnnualProfile["regulations"][number];
export type Facility = AnnualProfile["facilities"][number];

/** What is stored in the JSON columns, read back with the row schemas (bad rows are skipped, never thrown). */
export const storedRegulations = z.array(z.object({ number: z.string(), title: z.string(), date: z.string() })).catch([]);
export const storedFacilities = z.array(z.object({ name: z.string(), condition: z.enum(FACILITY_CONDITIONS), notes: z.string() })).catch([]);
