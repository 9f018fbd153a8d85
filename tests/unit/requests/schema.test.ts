import { z } from "zod";
import { requestFormSchema, type RequestFormValues } from "@/lib/requests/schema";

const VALID: RequestFormValues = {
  applicantType: "PERORANGAN",
  applicantName: "Maria Ngongo",
  nik: "5371014507900001",
  legalEntityDecree: "",
  address: "Jl. El Tari No. 10, Kelurahan Oebobo, Kota Kupang",
  phone: "0812 3456 7890",
  email: "",
  occupation: "Wiraswasta",
  informationRequested: "Daftar penerima bantuan peralatan IKM tahun 2025",
  purpose: "Bahan penelitian skripsi tentang industri kecil",
  obtainMethod: "SALINAN_SOFTCOPY",
  copyDelivery: "EMAIL",
  viaProxy: false,
  proxyName: "",
  powerOfAttorney: undefined,
  consent: true,
};

/** A stand-in for the browser's/server's File (the schema accepts anything File-shaped). */
function fakeFile(name: string, size: number, type: string) {
  return { name, size, type, arrayBuffer: async () => new ArrayBuffer(size) };
}

function errorsOf(values: Partial<RequestFormValues>, schema: z.ZodType = requestFormSchema) {
  const result = schema.safeParse({ ...VALID, ...values });
  if (result.success) return {} as Record<string, string[] | undefined>;
  return z.flattenError(result.error).fieldErrors as Record<string, string[] | undefined>;
}

describe("requestFormSchema", () => {
  it("accepts a complete individual request and trims the text", () => {
    const result = requestFormSchema.safeParse({ ...VALID, applicantName: "  Maria Ngongo  " });
    expect(result.success).toBe(true);
    expect(result.data?.applicantName).toBe("Maria Ngongo");
    expect(result.data?.powerOfAttorney).toBeUndefined();
  });

  it.each([
    ["applicantName", "Nama wajib diisi."],
    ["address", "Alamat wajib diisi."],
    ["occupation", "Pekerjaan wajib diisi."],
    ["informationRequested", "Rincian informasi yang dibutuhkan wajib diisi."],
    ["purpose", "Tujuan penggunaan informasi wajib diisi."],
  ] as const)("requires %s", (field, message) => {
    expect(errorsOf({ [field]: "   " })[field]).toEqual([message]);
  });

  it("requires the applicant type and both ways of receiving the information", () => {
    const errors = errorsOf({
      applicantType: "" as never,
      obtainMethod: "" as never,
      copyDelivery: "" as never,
    });
    expect(errors.applicantType).toEqual(["Pilih jenis pemohon."]);
    expect(errors.obtainMethod).toEqual(["Pilih cara memperoleh informasi."]);
    expect(errors.copyDelivery).toEqual(["Pilih cara mendapatkan salinan informasi."]);
  });

  it("reports every problem of an empty form at once, cross-field rules included", () => {
    const errors = errorsOf({
      applicantName: "", nik: "", address: "", phone: "", occupation: "", informationRequested: "", purpose: "",
      obtainMethod: undefined, copyDelivery: undefined, consent: false,
    });
    expect(Object.keys(errors).sort()).toEqual(
      ["address", "applicantName", "consent", "copyDelivery", "email", "informationRequested", "nik", "obtainMethod", "occupation", "phone", "purpose"],
    );
  });

  it("rejects too short descriptions and control characters", () => {
    expect(errorsOf({ informationRequested: "data" }).informationRequested?.[0]).toMatch(/minimal 10 karakter/);
    expect(errorsOf({ applicantName: "Maria\u0000" }).applicantName?.[0]).toMatch(/tidak diizinkan/);
  });

  describe("contact: phone and/or e-mail", () => {
    it("needs at least one, reported at both fields", () => {
      const errors = errorsOf({ phone: "", email: "" });
      expect(errors.phone?.[0]).toMatch(/minimal salah satu/);
      expect(errors.email?.[0]).toMatch(/minimal salah satu/);
    });

    it("accepts e-mail only or phone only", () => {
      expect(errorsOf({ phone: "", email: "maria@example.id" })).toEqual({});
      expect(errorsOf({ phone: "+62 380 833185", email: "" })).toEqual({});
    });

    it("checks the format of what is given", () => {
      expect(errorsOf({ email: "maria@" }).email).toEqual(["Alamat surel tidak valid."]);
      expect(errorsOf({ phone: "12345" }).phone?.[0]).toMatch(/Nomor telepon tidak valid/);
    });
  });

  describe("identity by applicant type", () => {
    it("requires a plausible NIK from an individual and from a group", () => {
      expect(errorsOf({ nik: "" }).nik).toEqual(["NIK wajib diisi."]);
      expect(errorsOf({ applicantType: "KELOMPOK", nik: "5371013207900001" }).nik?.[0]).toMatch(/tanggal lahir/);
      expect(errorsOf({ applicantType: "KELOMPOK" })).toEqual({});
    });

    it("requires the Kemenkumham decree, not a NIK, from a legal entity", () => {
      expect(errorsOf({ applicantType: "BADAN_HUKUM", nik: "", legalEntityDecree: "AHU-0012345.AH.01.01.Tahun 2020" })).toEqual({});
      const errors = errorsOf({ applicantType: "BADAN_HUKUM", nik: "", legalEntityDecree: "" });
      expect(errors.legalEntityDecree?.[0]).toMatch(/wajib diisi/);
      expect(errors.nik).toBeUndefined();
      expect(errorsOf({ applicantType: "BADAN_HUKUM", legalEntityDecree: "SK saja" }).legalEntityDecree?.[0]).toMatch(/tidak valid/);
    });

    it("ignores a decree typed by an individual, and still checks the NIK", () => {
      expect(errorsOf({ legalEntityDecree: "AHU-1", nik: "123" }).nik?.[0]).toMatch(/16 digit/);
    });
  });

  describe("filing through a proxy", () => {
    it("needs the proxy's name and the power of attorney", () => {
      const errors = errorsOf({ viaProxy: true });
      expect(errors.proxyName?.[0]).toMatch(/Nama kuasa wajib diisi/);
      expect(errors.powerOfAttorney?.[0]).toMatch(/Unggah surat kuasa/);
    });

    it("accepts a name with a PDF, JPEG or PNG", () => {
      for (const type of ["application/pdf", "image/jpeg", "image/png"]) {
        expect(errorsOf({ viaProxy: true, proxyName: "Yohanes Lake", powerOfAttorney: fakeFile("kuasa", 1000, type) })).toEqual({});
      }
    });

    it("treats an empty file input (nameless, 0 bytes) as no file", () => {
      const errors = errorsOf({ viaProxy: true, proxyName: "Yohanes Lake", powerOfAttorney: fakeFile("", 0, "application/octet-stream") });
      expect(errors.powerOfAttorney?.[0]).toMatch(/Unggah surat kuasa/);
    });

    it("refuses files over 20 MB and other types", () => {
      const big = fakeFile("kuasa.pdf", 20 * 1024 * 1024 + 1, "application/pdf");
      expect(errorsOf({ viaProxy: true, proxyName: "Yohanes", powerOfAttorney: big }).powerOfAttorney?.[0]).toMatch(/20 MB/);
      const exe = fakeFile("kuasa.exe", 1000, "application/x-msdownload");
      expect(errorsOf({ viaProxy: true, proxyName: "Yohanes", powerOfAttorney: exe }).powerOfAttorney?.[0]).toMatch(/PDF, JPEG, PNG/);
    });

    it("does not ask for proxy details when filing in person", () => {
      expect(errorsOf({ viaProxy: false, proxyName: "" })).toEqual({});
    });
  });

  it("requires consent to personal-data processing", () => {
    expect(errorsOf({ consent: false }).consent?.[0]).toMatch(/Persetujuan pemrosesan data pribadi/);
  });

  it("keeps its cross-field rules when the staff page extends it", () => {
    const staffSchema = requestFormSchema.extend({ channel: z.enum(["SURAT", "TELEPON"]) });
    expect(errorsOf({ channel: "SURAT" } as never, staffSchema)).toEqual({});
    const errors = errorsOf({ channel: "SURAT", phone: "", email: "" } as never, staffSchema);
    expect(errors.phone?.[0]).toMatch(/minimal salah satu/);
    expect(errorsOf({} as never, staffSchema).channel).toBeDefined();
  });
});
