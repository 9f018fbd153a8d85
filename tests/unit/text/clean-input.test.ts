import { cleanInput } from "@/lib/text/clean-input";

describe("cleanInput", () => {
  it("drops NUL and other control characters PostgreSQL or forms cannot use", () => {
    expect(cleanInput("0001\u0000/PMH")).toBe("0001/PMH");
    expect(cleanInput("a\u0007b\u001bc\u007f")).toBe("abc");
  });
  it("keeps tabs, line breaks and every printable Unicode character", () => {
    expect(cleanInput("Baris 1\r\nBaris 2\tkolom — café ☕ مرحبا")).toBe("Baris 1\r\nBaris 2\tkolom — café ☕ مرحبا");
  });
  it("drops bidirectional overrides that would reverse how a note is shown", () => {
    expect(cleanInput("Catatan \u202Eesrever\u202C dan \u2067isolasi\u2069")).toBe("Catatan esrever dan isolasi");
  });
});

import { escapeLikePattern } from "@/lib/text/like-pattern";

describe("escapeLikePattern", () => {
  it("makes %, _ and the backslash literal", () => {
    expect(escapeLikePattern("100%_a\\b")).toBe("100\\%\\_a\\\\b");
    expect(escapeLikePattern("Maria")).toBe("Maria");
  });
});
