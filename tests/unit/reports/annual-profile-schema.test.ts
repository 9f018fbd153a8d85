import { annualProfileSchema } from "@/lib/reports/annual-profile-schema";
import { profileFormEcho, profileFormFromFields, profileFormFromProfile } from "@/lib/reports/annual-profile-form";

const base = {
  year: "2026", policy: "PPID ditetapkan dengan SK Kepala Dinas.", staffNotes: "", budgetSource: "APBD Provinsi NTT", budgetNotes: "",
  budgetAmount: "125.000.000", budgetRealisation: "Rp 98.450.000,-",
  regulations: [{ number: "500/DPP/SK/012/I/2026", title: "Penetapan PPID Pelaksana", date: "2026-01-08" }],
  facilities: [{ name: "Meja layanan informasi", condition: "BAIK", notes: "" }],
};
const errorsOf = (input: unknown) => {
  const parsed = annualProfileSchema.safeParse(input);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("annual report profile schema (shared by the form and the server)", () => {
  it("reads Indonesian amounts into whole Rupiah and keeps the lists", () => {
    const v = annualProfileSchema.parse(base);
    expect(v).toMatchObject({ year: 2026, budgetAmount: 125_000_000, budgetRealisation: 98_450_000, facilities: [{ name: "Meja layanan informasi", condition: "BAIK" }] });
  });

  it("drops empty rows but reports errors at the row the officer typed", () => {
    const input = {
      ...base,
      facilities: [{ name: "", condition: "", notes: "" }, { name: "Ruang tunggu", condition: "", notes: "" }, { name: "", condition: "BAIK", notes: "" }],
      regulations: [{ number: "", title: "", date: "" }, { number: "SK 1", title: "", date: "2026-02-30" }],
    };
    expect(errorsOf(input)).toEqual({
      "facilities.1.condition": "Pilih kondisi sarana.",
      "regulations.1.title": "Judul peraturan/keputusan wajib diisi.",
      "regulations.1.date": "Tanggal penetapan wajib diisi dengan tanggal yang benar.",
    });
    const ok = annualProfileSchema.parse({ ...base, facilities: [{ name: "", condition: "", notes: "" }, ...base.facilities], regulations: [{ number: "", title: "", date: "" }] });
    expect(ok.facilities).toHaveLength(1);
    expect(ok.regulations).toEqual([]);
  });

  it("refuses malformed amounts, a realisation above the budget, and a budget without its source, in Bahasa at the field", () => {
    expect(errorsOf({ ...base, budgetAmount: "125,5 juta" })).toEqual({ budgetAmount: "Pagu anggaran harus berupa bilangan bulat rupiah, misalnya 125.000.000." });
    expect(errorsOf({ ...base, budgetRealisation: "130.000.000" })).toEqual({ budgetRealisation: "Realisasi tidak boleh melebihi pagu anggaran." });
    expect(errorsOf({ ...base, budgetSource: " " })).toEqual({ budgetSource: expect.stringContaining("Sumber anggaran wajib diisi") });
    expect(errorsOf({ ...base, budgetAmount: "" })).toEqual({ budgetAmount: "Isi pagu anggaran bila realisasi diisi." });
    expect(errorsOf({ ...base, year: "1999" })).toEqual({ year: "Tahun tidak valid." });
  });

  it("allows an empty budget (the report then says it is not filled)", () => {
    expect(annualProfileSchema.parse({ ...base, budgetAmount: "", budgetRealisation: "", budgetSource: "" })).toMatchObject({ budgetAmount: null, budgetRealisation: null });
  });
});

describe("annual profile form fields", () => {
  it("turns posted flat fields into the nested input, ignores unknown fields, and fills index gaps with empty rows", () => {
    const data = new FormData();
    data.set("year", "2026");
    data.set("budgetAmount", "125.000.000");
    data.set("facilities.0.name", "Meja layanan\u0000 informasi");
    data.set("facilities.0.condition", "BAIK");
    data.set("facilities.2.name", "Situs web");
    data.set("facilities.2.colour", "merah");
    data.set("regulations.0.number", "SK 1");
    data.set("$ACTION_ID_x", "ignored");
    const echo = profileFormEcho(data);
    expect(echo).toEqual({ year: "2026", budgetAmount: "125.000.000", "facilities.0.name": "Meja layanan informasi", "facilities.0.condition": "BAIK", "facilities.2.name": "Situs web", "regulations.0.number": "SK 1" });
    const form = profileFormFromFields(echo, 2026);
    expect(form.facilities).toEqual([
      { name: "Meja layanan informasi", condition: "BAIK", notes: "" },
      { name: "", condition: "", notes: "" },
      { name: "Situs web", condition: "", notes: "" },
    ]);
    expect(form.regulations).toEqual([{ number: "SK 1", title: "", date: "" }]);
    // The gap row is dropped; the row without its condition is refused at its own index.
    expect(errorsOf(form)).toMatchObject({ "facilities.2.condition": "Pilih kondisi sarana." });
  });

  it("shows a saved profile with grouped amounts, which the schema reads back to the same profile", () => {
    const saved = annualProfileSchema.parse(base);
    const form = profileFormFromProfile(saved);
    expect(form.budgetAmount).toBe("125.000.000");
    expect(form.budgetRealisation).toBe("98.450.000");
    expect(annualProfileSchema.parse(form)).toEqual(saved);
  });
});
