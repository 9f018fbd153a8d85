import { z } from "zod";
import { offlineRequestSchema, splitLocalDateTime } from "@/lib/requests/offline-schema";

const valid = {
  applicantType: "PERORANGAN",
  applicantName: "Maria Goreti Nggadas",
  nik: "5371014512900001",
  legalEntityDecree: "",
  address: "Jl. Frans Seda No. 10, Kota Kupang",
  phone: "081234567890",
  email: "",
  occupation: "Guru",
  informationRequested: "Daftar penerima bantuan alat produksi IKM tahun 2025",
  purpose: "Bahan penelitian skripsi",
  obtainMethod: "SALINAN_SOFTCOPY",
  copyDelivery: "EMAIL",
  viaProxy: false,
  proxyName: "",
  consent: true,
  channel: "DATANG_LANGSUNG",
  receivedAt: "2026-03-12T09:30",
};

const errorsOf = (input: unknown) => {
  const result = offlineRequestSchema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

describe("offlineRequestSchema (public form + channel + time of receipt)", () => {
  it("accepts a complete walk-in request", () => {
    expect(errorsOf(valid)).toEqual({});
  });

  it("keeps the public form's cross-field rules", () => {
    expect(errorsOf({ ...valid, applicantType: "BADAN_HUKUM" }).legalEntityDecree).toBeDefined();
    expect(Object.keys(errorsOf({ ...valid, phone: "", email: "" })).sort()).toEqual(["email", "phone"]);
  });

  it("only takes offline channels", () => {
    expect(errorsOf({ ...valid, channel: "PORTAL" }).channel).toBeDefined();
    expect(errorsOf({ ...valid, channel: "TELEPON" })).toEqual({});
  });

  it("requires the officer's consent confirmation", () => {
    expect(errorsOf({ ...valid, consent: false }).consent).toBeDefined();
  });

  it.each(["", "2026-03-12", "2026-02-30T10:00", "2026-03-12T24:00", "1999-12-31T10:00"])("refuses receipt time %p", (receivedAt) => {
    expect(errorsOf({ ...valid, receivedAt }).receivedAt).toBeDefined();
  });

  it("splits the datetime-local value", () => {
    expect(splitLocalDateTime("2026-03-12T09:30")).toEqual({ date: "2026-03-12", time: "09:30" });
    expect(splitLocalDateTime("2026-03-12T09:30:15")).toEqual({ date: "2026-03-12", time: "09:30" });
  });
});
