import { createHash, createHmac } from "node:crypto";

/**
 * AWS Signature Version 4 for S3 requests signed in the Authorization header (pure: no I/O, the clock
 * is a parameter). Follows "Signature Calculations for the Authorization Header" of the S3 API guide.
 */

export type SigningInput = {
  method: string;
  /** Already encoded canonical URI, e.g. "/bucket/2026/03/a.pdf" (see `encodeKeyPath`). */
  canonicalUri: string;
  /** Every header to sign (must include host, x-amz-date and x-amz-content-sha256). */
  headers: Record<string, string>;
  /** Hex SHA-256 of the body; an empty body is the hash of "". */
  payloadHash: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** "20130524T000000Z" */
  amzDate: string;
  service?: string;
};

export type Signature = { authorization: string; signature: string; canonicalRequest: string; stringToSign: string };

export const sha256Hex = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

const hmac = (key: string | Buffer, data: string) => createHmac("sha256", key).update(data, "utf8").digest();

/** "20130524T000000Z" of a Date (UTC, no milliseconds). */
export function amzDateOf(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** RFC 3986: everything but A-Z a-z 0-9 - _ . ~ is percent-encoded (UTF-8), unlike encodeURIComponent's !'()*. */
export function encodeRfc3986(segment: string): string {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** An object key as a URI path: each "/"-separated segment encoded on its own, the slashes kept. */
export function encodeKeyPath(key: string): string {
  return key.split("/").map(encodeRfc3986).join("/");
}

export function signRequest(input: SigningInput): Signature {
  const service = input.service ?? "s3";
  const headers = Object.entries(input.headers)
    .map(([name, value]) => [name.toLowerCase().trim(), value.trim().replace(/\s+/g, " ")] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const signedHeaders = headers.map(([name]) => name).join(";");
  const canonicalRequest = [
    input.method.toUpperCase(),
    input.canonicalUri,
    "", // no query string: this client only uses plain object URLs
    ...headers.map(([name, value]) => `${name}:${value}`),
    "",
    signedHeaders,
    input.payloadHash,
  ].join("\n");

  const day = input.amzDate.slice(0, 8);
  const scope = `${day}/${input.region}/${service}/aws4_request`;
  const stringToSign = ["AWS4-HMAC-SHA256", input.amzDate, scope, sha256Hex(canonicalRequest)].join("\n");
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${input.secretAccessKey}`, day), input.region), service), "aws4_request");
  const signature = createHmac("sha256", signingKey).update(stringToSign, "utf8").digest("hex");
  const authorization = `AWS4-HMAC-SHA256 Credential=${input.accessKeyId}/${scope},SignedHeaders=${signedHeaders},Signature=${signature}`;
  return { authorization, signature, canonicalRequest, stringToSign };
}
