import { expect, test } from "@playwright/test";
import accounts from "../../prisma/seed/demo-accounts.json";
import { logIn } from "./support/staff";

const REPEATED_KEYS = ["periode", "status", "tahun", "bulan", "q", "halaman", "hal"].map((key) => `${key}=a&${key}=b`).join("&");

// Every page in each role's menu opens on the demo data without an error, on a phone-sized screen
// without scrolling sideways: a broad net under the feature tests (a query that breaks on real data,
// a page that forgets a role, a table that escapes its scroll box).
for (const { username, role } of accounts.users) {
  test(`every menu page opens for ${role} (${username})`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await logIn(page, username);
    const nav = page.getByRole("navigation", { name: "Menu staf" });
    const links = await nav.getByRole("link").evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).getAttribute("href")!));
    expect(links.length).toBeGreaterThan(3);
    for (const href of links) {
      const response = await page.goto(href);
      expect(response?.status(), href).toBeLessThan(400);
      await expect(page.getByRole("heading", { name: "Terjadi gangguan" }), href).toHaveCount(0);
      await expect(page.getByRole("heading", { level: 1 }).first(), href).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${href} is wider than the phone`).toBeLessThanOrEqual(375);
      // A filter key repeated in a hand-edited or doubled link reads as its first value, never as a crash.
      const doubled = `${href}${href.includes("?") ? "&" : "?"}${REPEATED_KEYS}`;
      expect((await page.goto(doubled))?.status(), doubled).toBeLessThan(400);
      await expect(page.getByRole("heading", { name: "Terjadi gangguan" }), doubled).toHaveCount(0);
    }
  });
}

test("public pages read a repeated query key as its first value", async ({ page }) => {
  for (const path of ["/statistik", "/survei/hasil", "/informasi", "/lacak", "/pengaduan/status", "/keberatan", "/permohonan/bukti", "/masuk"]) {
    const url = `${path}?${REPEATED_KEYS}&kategori=a&kategori=b&nomor=a&nomor=b&kode=a&kode=b&callbackUrl=/a&callbackUrl=/b`;
    expect((await page.goto(url))?.status(), url).toBeLessThan(400);
    await expect(page.getByRole("heading", { name: "Terjadi gangguan" }), url).toHaveCount(0);
  }
  await page.goto("/statistik?periode=2026-11&periode=2026-10");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("November 2026");
});

test("a period that has not begun gets no report to sign and no public figures, only a notice", async ({ page }) => {
  await page.goto("/statistik?periode=2090-01");
  await expect(page.getByRole("status").filter({ hasText: "Periode Januari 2090 belum dimulai" })).toBeVisible();
  await logIn(page, "pimpinan");
  const response = await page.goto("/staf/laporan/2090-01");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("status").filter({ hasText: "Periode Januari 2090 belum dimulai, sehingga laporannya belum dapat disusun." })).toBeVisible();
  await expect(page.getByText("Unduh PDF")).toHaveCount(0);
  expect((await page.request.get("/staf/laporan/2090-01/pdf")).status()).toBe(404);
  await page.goto("/staf/laporan?periode=bulan-lalu");
  await expect(page.getByRole("status").filter({ hasText: "Periode tidak dikenal" })).toBeVisible();
  await expect(page.getByLabel("Periode")).toBeVisible();
});
