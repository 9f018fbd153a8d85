import { amzDateOf, encodeKeyPath, sha256Hex, signRequest } from "@/lib/files/s3-signer";

// Example credentials and values published in the AWS S3 API reference, "Signature Calculations for the
// Authorization Header: Transferring Payload in a Single Chunk (AWS Signature Version 4)".
const EXAMPLE = {
  region: "us-east-1",
  accessKeyId: "AKIAIOSFODNN7EXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  amzDate: "20130524T000000Z",
};
const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

describe("signRequest (AWS SigV4, the published S3 examples)", () => {
  it("reproduces the GET object example with a Range header", () => {
    const result = signRequest({
      ...EXAMPLE,
      method: "GET",
      canonicalUri: "/test.txt",
      headers: {
        Host: "examplebucket.s3.amazonaws.com",
        Range: "bytes=0-9",
        "x-amz-content-sha256": EMPTY_SHA256,
        "x-amz-date": EXAMPLE.amzDate,
      },
      payloadHash: EMPTY_SHA256,
    });
    expect(result.canonicalRequest).toBe(
      [
        "GET",
        "/test.txt",
        "",
        "host:examplebucket.s3.amazonaws.com",
        "range:bytes=0-9",
        `x-amz-content-sha256:${EMPTY_SHA256}`,
        "x-amz-date:20130524T000000Z",
        "",
        "host;range;x-amz-content-sha256;x-amz-date",
        EMPTY_SHA256,
      ].join("\n"),
    );
    expect(result.stringToSign).toBe(
      "AWS4-HMAC-SHA256\n20130524T000000Z\n20130524/us-east-1/s3/aws4_request\n" +
        "7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972",
    );
    expect(result.signature).toBe("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
    expect(result.authorization).toBe(
      "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request," +
        "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date," +
        "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
    );
  });

  it("reproduces the PUT object example (signed payload hash, '$' encoded in the key)", () => {
    const body = "Welcome to Amazon S3.";
    const payloadHash = sha256Hex(body);
    expect(payloadHash).toBe("44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072");
    const result = signRequest({
      ...EXAMPLE,
      method: "PUT",
      canonicalUri: `/${encodeKeyPath("test$file.text")}`,
      headers: {
        Host: "examplebucket.s3.amazonaws.com",
        Date: "Fri, 24 May 2013 00:00:00 GMT",
        "x-amz-content-sha256": payloadHash,
        "x-amz-date": EXAMPLE.amzDate,
        "x-amz-storage-class": "REDUCED_REDUNDANCY",
      },
      payloadHash,
    });
    expect(result.canonicalRequest.split("\n")[1]).toBe("/test%24file.text");
    expect(result.signature).toBe("98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd");
  });

  it("changes the signature when the secret key is wrong", () => {
    const base = {
      ...EXAMPLE,
      method: "GET",
      canonicalUri: "/test.txt",
      headers: { host: "examplebucket.s3.amazonaws.com", "x-amz-content-sha256": EMPTY_SHA256, "x-amz-date": EXAMPLE.amzDate },
      payloadHash: EMPTY_SHA256,
    };
    expect(signRequest(base).signature).not.toBe(signRequest({ ...base, secretAccessKey: "wrong" }).signature);
  });
});

describe("encodeKeyPath and amzDateOf", () => {
  it("encodes each segment per RFC 3986 and keeps the slashes", () => {
    expect(encodeKeyPath("2026/03/a b+c!(x)*'~_-.pdf")).toBe("2026/03/a%20b%2Bc%21%28x%29%2A%27~_-.pdf");
    expect(encodeKeyPath("surat/ké 💡.pdf")).toBe("surat/k%C3%A9%20%F0%9F%92%A1.pdf");
  });

  it("formats the x-amz-date in UTC without milliseconds", () => {
    expect(amzDateOf(new Date("2013-05-24T00:00:00.123Z"))).toBe("20130524T000000Z");
  });
});
