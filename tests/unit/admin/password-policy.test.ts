import { MIN_PASSWORD_LENGTH, passwordWeakness } from "@/lib/users/password-policy";
import { createUserSchema, usernameSchema } from "@/lib/users/schema";

describe("passwordWeakness", () => {
  it("accepts a long, varied password", () => {
    expect(passwordWeakness("Kupang-Sejahtera-2026")).toBeNull();
    expect(passwordWeakness("laut biru di Flores")).toBeNull();
  });

  it(`refuses fewer than ${MIN_PASSWORD_LENGTH} characters`, () => {
    expect(passwordWeakness("Ab3$efgh9")).toMatch(/minimal 10 karakter/);
  });

  it("refuses repeated characters and simple sequences", () => {
    expect(passwordWeakness("aaaaaaaaaaaa")).toMatch(/mudah ditebak/);
    expect(passwordWeakness("abababababab")).toMatch(/mudah ditebak/);
    expect(passwordWeakness("abcdefghijk")).toMatch(/mudah ditebak/);
    expect(passwordWeakness("9876543210")).toMatch(/mudah ditebak/);
  });

  it("refuses well-known passwords regardless of case", () => {
    expect(passwordWeakness("Password123")).toMatch(/terlalu umum/);
    expect(passwordWeakness("QWERTYUIOP")).toMatch(/terlalu umum/);
  });

  it("refuses a password containing the username", () => {
    expect(passwordWeakness("budi.santoso-2026", { username: "budi.santoso" })).toMatch(/nama pengguna/);
    expect(passwordWeakness("Kupang-Sejahtera-2026", { username: "budi" })).toBeNull();
  });

  it("refuses more than 72 bytes, which bcrypt would silently cut", () => {
    expect(passwordWeakness("é".repeat(36) + "x")).toMatch(/terlalu panjang/);
    expect(passwordWeakness("Kupang-".repeat(10))).toBeNull(); // 70 bytes
  });
});

describe("user schemas", () => {
  const valid = { username: "Petugas.Satu", name: "Petugas Satu", email: "", nip: "", role: "PETUGAS", password: "Kupang-Sejahtera-2026" };

  it("lower-cases the username and stores empty optional fields as null", () => {
    expect(createUserSchema.parse(valid)).toEqual({ ...valid, username: "petugas.satu", email: null, nip: null });
    expect(createUserSchema.parse({ ...valid, email: undefined, nip: undefined })).toMatchObject({ email: null, nip: null });
  });

  it("checks username characters, NIP length, e-mail and role", () => {
    expect(usernameSchema.safeParse("budi santoso").success).toBe(false);
    expect(usernameSchema.safeParse("ab").success).toBe(false);
    const result = createUserSchema.safeParse({ ...valid, nip: "19800101", email: "bukan-surel", role: "RAJA" });
    expect(result.success).toBe(false);
    const fields = result.error!.issues.map((issue) => issue.path[0]);
    expect(fields).toEqual(expect.arrayContaining(["nip", "email", "role"]));
    expect(createUserSchema.safeParse({ ...valid, nip: "198001012006041001" }).success).toBe(true);
  });

  it("refuses a password that contains the username, at the password field", () => {
    const result = createUserSchema.safeParse({ ...valid, password: "petugas.satu-2026" });
    expect(result.success).toBe(false);
    expect(result.error!.issues).toEqual([expect.objectContaining({ path: ["password"], message: expect.stringMatching(/nama pengguna/) })]);
  });
});
