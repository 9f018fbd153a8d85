import { publicUrl } from "@/lib/notifications/email-text";

describe("absolute links in e-mails", () => {
  it("joins the configured public address and a path, whatever the slashes", () => {
    expect(publicUrl("/survei/abc", { PUBLIC_URL: "https://ppid.disperindag.nttprov.go.id/" })).toBe("https://ppid.disperindag.nttprov.go.id/survei/abc");
    expect(publicUrl("lacak", { PUBLIC_URL: "https://ppid.example.go.id" })).toBe("https://ppid.example.go.id/lacak");
  });
  it("falls back to NEXTAUTH_URL, then to localhost on PORT", () => {
    expect(publicUrl("/lacak", { NEXTAUTH_URL: "http://10.0.0.5:3000" })).toBe("http://10.0.0.5:3000/lacak");
    expect(publicUrl("/lacak", { PORT: "8080" })).toBe("http://localhost:8080/lacak");
  });
});
