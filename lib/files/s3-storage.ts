import "server-only";
import type { FileStorage } from "./storage";
import { amzDateOf, encodeKeyPath, sha256Hex, signRequest } from "./s3-signer";

/**
 * S3-compatible storage over plain `fetch` (no SDK). Path-style URLs `${endpoint}/${bucket}/${key}` so
 * MinIO, Ceph, Wasabi and AWS all work; every request signs the SHA-256 of its payload (never
 * UNSIGNED-PAYLOAD), so a body altered in transit is refused by the server.
 */
export type S3Config = {
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
};

const REQUEST_TIMEOUT_MS = 60_000;

/** The S3 configuration from S3_* variables, or null when S3_BUCKET is unset (local disk is used then). */
export function s3ConfigFromEnv(env: Record<string, string | undefined> = process.env): S3Config | null {
  const bucket = env.S3_BUCKET?.trim();
  if (!bucket) return null;
  const region = env.S3_REGION?.trim() || "us-east-1";
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim();
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim();
  if (!accessKeyId || !secretAccessKey) {
    const message = "S3 storage: S3_BUCKET is set but S3_ACCESS_KEY_ID or S3_SECRET_ACCESS_KEY is missing.";
    console.error(message);
    throw new Error(message);
  }
  const endpoint = env.S3_ENDPOINT?.trim() || `https://s3.${region}.amazonaws.com`;
  return { endpoint, region, bucket, accessKeyId, secretAccessKey };
}

// Dot segments would be resolved away by URL parsing (another object); empty ones are ambiguous.
function checkKey(key: string): void {
  if (!key || key.split("/").some((segment) => segment === "" || segment === "." || segment === "..")) {
    throw new Error(`S3 storage: invalid object key "${key}"`);
  }
}

// "<Code>NoSuchKey</Code><Message>…</Message>" of an S3 error body, when there is one.
function describeS3Error(body: string): string {
  const code = /<Code>([^<]*)<\/Code>/.exec(body)?.[1];
  const message = /<Message>([^<]*)<\/Message>/.exec(body)?.[1];
  return [code, message].filter(Boolean).join(": ") || body.slice(0, 200).trim();
}

// fetch's types want bytes on a plain ArrayBuffer; copy only in the rare SharedArrayBuffer case.
const asFetchBody = (bytes: Uint8Array): Uint8Array<ArrayBuffer> =>
  bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);

export function createS3Storage(config: S3Config): FileStorage {
  const base = new URL(config.endpoint);
  const basePath = base.pathname.replace(/\/+$/, "");

  async function send(method: "PUT" | "GET" | "DELETE" | "HEAD", key: string, body?: Uint8Array, missingOk = false): Promise<Response> {
    checkKey(key);
    const canonicalUri = `${basePath}/${encodeKeyPath(config.bucket)}/${encodeKeyPath(key)}`;
    const url = new URL(canonicalUri, base);
    const payloadHash = sha256Hex(body ?? "");
    const amzDate = amzDateOf(new Date());
    // fetch sends Host = url.host itself (no default port), which is exactly what is signed here.
    const signed = { host: url.host, "x-amz-content-sha256": payloadHash, "x-amz-date": amzDate };
    const { authorization } = signRequest({ ...config, method, canonicalUri, headers: signed, payloadHash, amzDate });
    const headers: Record<string, string> = { "x-amz-content-sha256": payloadHash, "x-amz-date": amzDate, authorization };
    if (body) headers["content-type"] = "application/octet-stream";

    const what = `S3 ${method} ${config.bucket}/${key} at ${base.origin}`;
    let response: Response;
    try {
      response = await fetch(url, { method, headers, body: body && asFetchBody(body), signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      console.error(`${what} failed: the server could not be reached (${reason}).`);
      throw new Error(`${what} failed: the server could not be reached (${reason})`, { cause: error });
    }
    if (missingOk && response.status === 404) return response;
    if (!response.ok) {
      const detail = describeS3Error(await response.text().catch(() => ""));
      console.error(`${what} failed with HTTP ${response.status}${detail ? ` (${detail})` : ""}.`);
      throw new Error(`${what} failed with HTTP ${response.status}${detail ? ` (${detail})` : ""}`);
    }
    return response;
  }

  return {
    async write(storageKey, bytes) {
      await (await send("PUT", storageKey, bytes)).arrayBuffer();
    },
    async read(storageKey) {
      return Buffer.from(await (await send("GET", storageKey)).arrayBuffer());
    },
    async exists(storageKey) {
      return (await send("HEAD", storageKey, undefined, true)).status !== 404;
    },
    async delete(storageKey) {
      // S3 answers 204 for a missing object too, like the disk driver's `force: true`.
      await (await send("DELETE", storageKey)).arrayBuffer();
    },
  };
}
