import { surveySchema } from "@/lib/survey/schema";

const answers = Object.fromEntries(["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"].map((u) => [u, "3"]));
const form = (age: string) => ({ sex: "LAKI_LAKI", age, education: "S2", occupation: "Guru", serviceReceived: "Permohonan informasi", ...answers });
const ageError = (age: string) => {
  const parsed = surveySchema.safeParse(form(age));
  return parsed.success ? null : parsed.error.issues.find((i) => i.path[0] === "age")?.message;
};

describe("respondent age", () => {
  it("says plainly what is wrong with the age box", () => {
    expect(ageError("")).toBe("Umur wajib diisi.");
    expect(ageError("  ")).toBe("Umur wajib diisi.");
    expect(ageError("empat puluh")).toBe("Isi umur dengan angka.");
    expect(ageError("7")).toBe("Umur minimal 10 tahun.");
    expect(ageError("41")).toBeNull();
  });
});
