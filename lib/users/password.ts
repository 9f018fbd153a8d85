import bcrypt from "bcryptjs";

/** bcrypt cost 10: about 60 ms here, slow enough against guessing, fast enough for logins on 2 cores. */
export const BCRYPT_COST = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}
