// Pieces every e-mail to a citizen shares. Links are absolute: a mail client has no page to be relative to.

export const EMAIL_SIGNATURE = "\n\n--\nPPID Dinas Perindustrian dan Perdagangan Provinsi NTT\nPesan ini dikirim otomatis; jangan membalas surel ini.";

/** The portal's public address (PUBLIC_URL, else NEXTAUTH_URL, which start and dev always set) joined to a path. */
export function publicUrl(path: string, env: Record<string, string | undefined> = process.env): string {
  const base = (env.PUBLIC_URL || env.NEXTAUTH_URL || `http://localhost:${env.PORT || 3000}`).replace(/\/+$/, "");
  return `${base}${path.startsWith("/") ? path : `/${path}`}`;
}
