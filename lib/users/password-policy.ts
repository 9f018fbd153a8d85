/**
 * Password rules for staff accounts (pure; shared by the admin forms and scripts/create-admin.ts).
 * Length over composition rules, plus refusal of the obviously guessable, as NIST SP 800-63B advises.
 */
export const MIN_PASSWORD_LENGTH = 10;
/** bcrypt ignores everything after 72 bytes: refuse longer input rather than silently cut it. */
export const MAX_PASSWORD_BYTES = 72;

const COMMON_PASSWORDS = new Set([
  "1234567890",
  "12345678910",
  "0987654321",
  "qwertyuiop",
  "asdfghjkl;",
  "password123",
  "password1234",
  "passw0rd123",
  "katasandi123",
  "rahasia1234",
  "admin12345",
  "administrator",
  "indonesia123",
  "iloveyou123",
  "ppid123456",
  "disperindag",
  "disperindag123",
]);

function isSequence(password: string): boolean {
  let ascending = true;
  let descending = true;
  for (let i = 1; i < password.length; i++) {
    const step = password.charCodeAt(i) - password.charCodeAt(i - 1);
    if (step !== 1) ascending = false;
    if (step !== -1) descending = false;
  }
  return ascending || descending;
}

/** Why a password is too weak (Bahasa Indonesia), or null when it is acceptable. */
export function passwordWeakness(password: string, context: { username?: string | null } = {}): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `Kata sandi minimal ${MIN_PASSWORD_LENGTH} karakter.`;
  }
  if (new TextEncoder().encode(password).length > MAX_PASSWORD_BYTES) {
    return `Kata sandi terlalu panjang (maksimal ${MAX_PASSWORD_BYTES} bita).`;
  }
  const lower = password.toLowerCase();
  if (new Set(lower).size < 5 || isSequence(lower)) {
    return "Kata sandi terlalu mudah ditebak: gunakan campuran minimal 5 karakter berbeda, bukan deret berurutan.";
  }
  if (COMMON_PASSWORDS.has(lower)) return "Kata sandi ini terlalu umum. Pilih kata sandi lain.";
  const username = context.username?.trim().toLowerCase();
  if (username && username.length >= 3 && lower.includes(username)) {
    return "Kata sandi tidak boleh memuat nama pengguna.";
  }
  return null;
}
