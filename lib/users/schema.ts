import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { passwordWeakness } from "@/lib/users/password-policy";

// Shared by the admin forms and the services (lib/users/service.ts) and the create-admin command.

export const USERNAME_PATTERN = /^[a-z0-9._-]{3,32}$/;

export const usernameSchema = z
  .string("Nama pengguna wajib diisi.")
  .trim()
  .toLowerCase()
  .regex(USERNAME_PATTERN, "Nama pengguna 3–32 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung.");

/** Missing or empty fields mean "not given" (stored as null). */
const optionalText = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === undefined || (typeof value === "string" && value.trim() === "") ? null : value), schema.nullable());

export const roleSchema = z.enum(Role, "Pilih peran yang tersedia.");

export const passwordSchema = z.string("Kata sandi wajib diisi.").superRefine((password, ctx) => {
  const problem = passwordWeakness(password);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

export const createUserSchema = z
  .object({
    username: usernameSchema,
    name: z.string("Nama lengkap wajib diisi.").trim().min(3, "Nama lengkap minimal 3 karakter.").max(120, "Nama terlalu panjang."),
    email: optionalText(z.email("Alamat surel tidak valid.").trim().max(200, "Alamat surel maksimal 200 karakter.")),
    nip: optionalText(z.string("NIP terdiri atas 18 angka.").trim().regex(/^\d{18}$/, "NIP terdiri atas 18 angka.")),
    role: roleSchema,
    password: passwordSchema,
  })
  .superRefine((value, ctx) => {
    const problem = passwordWeakness(value.password, { username: value.username });
    if (problem && !passwordWeakness(value.password)) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  });

export type CreateUserInput = z.input<typeof createUserSchema>;
export type NewUser = z.output<typeof createUserSchema>;

export const changeRoleSchema = z.object({ role: roleSchema });
export const resetPasswordSchema = z.object({ password: passwordSchema });
