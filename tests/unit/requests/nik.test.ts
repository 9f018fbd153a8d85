import { checkNik, normalizeNik, PROVINCE_CODES } from "@/lib/requests/nik";

const TODAY = new Date("2026-03-12T03:00:00Z");
const check = (nik: string) => checkNik(nik, TODAY);
const messageOf = (nik: string) => {
  const result = check(nik);
  if (result.valid) throw new Error(`expected ${nik} to be rejected`);
  return result.message;
};

describe("checkNik: valid numbers", () => {
  it("reads a woman's NIK from Kota Kupang (day + 40)", () => {
    expect(check("5371014507900001")).toEqual({
      valid: true, nik: "5371014507900001", provinceCode: "53", birthDate: "1990-07-05", sex: "P",
    });
  });

  it("reads a man's NIK from Jakarta", () => {
    const result = check("3171011203850002");
    expect(result).toMatchObject({ valid: true, birthDate: "1985-03-12", sex: "L" });
  });

  it("accepts the spaces, dots and dashes people type and normalises them away", () => {
    expect(normalizeNik(" 5371.0145-0790 0001 ")).toBe("5371014507900001");
    expect(check("5371 0145 0790 0001")).toMatchObject({ valid: true, nik: "5371014507900001" });
  });

  it("takes the latest century that is not in the future", () => {
    expect(check("5371011503250001")).toMatchObject({ valid: true, birthDate: "2025-03-15" });
    // December '26 has not happened yet on 12 March 2026: born 1926.
    expect(check("5371011512260001")).toMatchObject({ valid: true, birthDate: "1926-12-15" });
    expect(check("5371010101990001")).toMatchObject({ valid: true, birthDate: "1999-01-01" });
  });

  it("accepts 29 February of a leap year (2000, female)", () => {
    expect(check("5371016902000001")).toMatchObject({ valid: true, birthDate: "2000-02-29", sex: "P" });
  });

  it("knows the new Papuan province codes and NTT", () => {
    expect(PROVINCE_CODES.has("53")).toBe(true);
    expect(PROVINCE_CODES.has("96")).toBe(true);
    expect(check("9601010101900001").valid).toBe(true);
  });
});

describe("checkNik: impossible numbers", () => {
  it("requires a value", () => {
    expect(messageOf("")).toBe("NIK wajib diisi.");
    expect(messageOf("   ")).toBe("NIK wajib diisi.");
  });

  it("rejects non-digits", () => {
    expect(messageOf("53710145079000A1")).toBe("NIK hanya boleh berisi angka.");
  });

  it("rejects a wrong length and says how many digits were given", () => {
    expect(messageOf("537101450790001")).toBe("NIK harus 16 digit (yang diisi 15 digit).");
    expect(messageOf("53710145079000011")).toBe("NIK harus 16 digit (yang diisi 17 digit).");
  });

  it.each(["00", "10", "20", "22", "30", "37", "50", "54", "60", "70", "77", "80", "83", "90", "97", "99"])(
    "rejects province code %s",
    (code) => {
      expect(messageOf(`${code}71014507900001`)).toMatch(/kode provinsi/);
    },
  );

  it("rejects regency or district code 00", () => {
    expect(messageOf("5300014507900001")).toMatch(/kabupaten\/kota/);
    expect(messageOf("5371004507900001")).toMatch(/kecamatan/);
  });

  it.each([
    ["day 00", "5371010007900001"],
    ["day 32", "5371013207900001"],
    ["day 40 (neither a man's nor a woman's day)", "5371014007900001"],
    ["day 72 (woman, 32)", "5371017207900001"],
    ["month 00", "5371011500900001"],
    ["month 13", "5371011513900001"],
    ["30 February", "5371013002900001"],
    ["31 April", "5371013104900001"],
    ["29 February 2001/1901", "5371012902010001"],
  ])("rejects an impossible birth date: %s", (_label, nik) => {
    expect(messageOf(nik)).toMatch(/tanggal lahir/);
  });

  it("rejects serial number 0000", () => {
    expect(messageOf("5371014507900000")).toMatch(/nomor urut/);
  });
});
