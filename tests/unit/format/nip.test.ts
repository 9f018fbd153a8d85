import { formatNip } from "@/lib/format/nip";

describe("NIP as printed", () => {
  it("groups the 18 digits as birth date, appointment month, sex and sequence", () => {
    expect(formatNip("196904211995031002")).toBe("19690421 199503 1 002");
    expect(formatNip("19690421 199503 1 002")).toBe("19690421 199503 1 002");
  });
  it("leaves anything that is not an 18-digit NIP as typed", () => {
    expect(formatNip("")).toBe("");
    expect(formatNip("12345")).toBe("12345");
  });
});
