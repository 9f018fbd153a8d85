import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import S3rver, { type KoaContext } from "s3rver";
import { signRequest } from "@/lib/files/s3-signer";

/** s3rver's built-in account (lib/models/account.js); any other access key id gets 403 InvalidAccessKeyId. */
export const S3RVER_KEY = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

const AUTH = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request,SignedHeaders=([a-z0-9;-]+),Signature=([0-9a-f]{64})$/;

function refuse(ctx: KoaContext, code: string, message: string) {
  ctx.status = 403;
  ctx.type = "application/xml";
  ctx.body = `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;
}

/**
 * s3rver 3.7.1 accepts any SigV4 signature ("Signature version 4 calculation is unimplemeneted" in its
 * authentication middleware): it only checks that the access key id exists. This middleware, put in
 * front of it, recomputes the signature from what really arrived on the wire (raw path, Host header,
 * signed headers) with the account's secret, so a wrong secret is refused with 403 like real S3 does.
 */
function verifySigV4(seen: { method: string; payloadHash: string }[]) {
  return async (ctx: KoaContext, next: () => Promise<void>) => {
    const match = AUTH.exec(ctx.get("authorization"));
    if (!match) return refuse(ctx, "AccessDenied", "Missing or malformed AWS4-HMAC-SHA256 Authorization header.");
    const [, accessKeyId, , region, signedHeaders, provided] = match;
    const payloadHash = ctx.get("x-amz-content-sha256");
    seen.push({ method: ctx.method, payloadHash });
    const { signature } = signRequest({
      method: ctx.method,
      canonicalUri: (ctx.req.url ?? "").split("?")[0],
      headers: Object.fromEntries(signedHeaders.split(";").map((name) => [name, ctx.get(name)])),
      payloadHash,
      region,
      accessKeyId,
      secretAccessKey: S3RVER_KEY.secretAccessKey,
      amzDate: ctx.get("x-amz-date"),
    });
    if (signature !== provided) return refuse(ctx, "SignatureDoesNotMatch", "The request signature we calculated does not match.");
    await next();
  };
}

/** A real S3-protocol server (s3rver) on a random free port of 127.0.0.1, storing into a temp dir. */
export async function startS3TestServer(bucket: string) {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "ppid-s3rver-"));
  const server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  const seen: { method: string; payloadHash: string }[] = [];
  server.middleware.unshift(verifySigV4(seen));
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    directory,
    seen,
    async stop() {
      const closed = server.close();
      server.httpServer?.closeAllConnections(); // keep-alive sockets of fetch would hold Jest open
      await closed;
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
