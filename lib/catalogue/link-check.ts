import "server-only";

export type LinkCheckResult = { ok: boolean; detail: string };

/**
 * Opens a document link the way a citizen would (HEAD, then GET when HEAD is not allowed) and
 * reports whether it answered 2xx/3xx within `timeoutMs`. Only http(s) links are tried.
 */
export async function checkLink(url: string, fetchImpl: typeof fetch = fetch, timeoutMs = 8000): Promise<LinkCheckResult> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, detail: "Alamat tautan tidak valid." };
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return { ok: false, detail: "Hanya tautan http(s) yang dapat diperiksa." };
  const attempt = (method: "HEAD" | "GET") => fetchImpl(parsed, { method, redirect: "follow", signal: AbortSignal.timeout(timeoutMs) });
  try {
    let response = await attempt("HEAD");
    if (response.status === 405 || response.status === 501) response = await attempt("GET");
    return response.ok ? { ok: true, detail: `Tautan dapat dibuka (HTTP ${response.status}).` } : { ok: false, detail: `Tautan menjawab HTTP ${response.status}.` };
  } catch {
    return { ok: false, detail: "Tautan tidak dapat dihubungi (server tidak menjawab atau waktu habis)." };
  }
}
