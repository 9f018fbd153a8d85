import { z } from "zod";

/** Error code next-auth hands back to the login form when the login throttle refuses an attempt. */
export const LOGIN_THROTTLED = "LOGIN_THROTTLED";

export const loginSchema = z.object({
  username: z.string().trim().min(1, "Nama pengguna wajib diisi."),
  password: z.string().min(1, "Kata sandi wajib diisi."),
});
