import { expect, test } from "@playwright/test";
import { staffContext } from "./support/staff";

test("the PPID completes the Monev self-assessment and sees the category", async ({ browser }) => {
  const { context, page } = await staffContext(browser, "ppid");
  await page.goto("/staf/monev?tahun=2026");
  const questions = page.locator('select[name^="score-"]');
  const count = await questions.count();
  expect(count).toBeGreaterThan(5);
  // Leave one unanswered: completion is refused at that question.
  for (let i = 0; i < count - 1; i++) await questions.nth(i).selectOption("4");
  await page.getByRole("button", { name: "Selesaikan penilaian mandiri" }).click();
  await expect(page.getByText("Lengkapi semua jawaban yang ditandai sebelum menyelesaikan.")).toBeVisible();
  await expect(page.getByText("Pilih jawaban.")).toBeVisible();
  await page.locator('select[name^="score-"]').nth(count - 1).selectOption("1");
  await page.getByRole("button", { name: "Selesaikan penilaian mandiri" }).click();
  await expect(page.getByText("Selesai", { exact: true })).toBeVisible();
  // The last question belongs to "Sarana dan prasarana" (10 %): 90×100 % + 10×25 % = 92.5 → Informatif.
  await expect(page.getByTestId("monev-self")).toContainText("92,50");
  await expect(page.getByTestId("monev-self")).toContainText("Informatif");
  await expect(page.getByTestId("monev-weak")).toContainText("Sarana dan prasarana");
  await expect(page.getByTestId("monev-final")).toContainText("Sementara");
  await expect(page.getByRole("columnheader", { name: "2026" })).toBeVisible();
  await context.close();
});

function officeToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Makassar" }).format(new Date());
}

test("an admin publishes a new version of the maklumat and the portal shows it", async ({ browser }) => {
  const { context, page } = await staffContext(browser, "admin");
  await page.goto("/staf/sop");
  await page.getByRole("link", { name: /Maklumat Pelayanan Informasi Publik/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Maklumat Pelayanan Informasi Publik/ })).toBeVisible();
  // Fill only once the page is hydrated (a form filled earlier is reset by React).
  await page.waitForLoadState("networkidle");
  const text = `Maklumat versi uji ${Date.now()}: kami sanggup melayani permohonan informasi paling lambat 10 hari kerja tanpa biaya.`;
  await page.getByLabel("Isi dokumen").fill(text);
  await page.getByLabel("Tanggal berlaku").fill(officeToday());
  await page.getByLabel("Disetujui oleh").fill("Kepala Dinas Perindustrian dan Perdagangan Provinsi NTT");
  await page.getByRole("button", { name: "Terbitkan versi baru" }).click();
  await expect(page.getByText(/Versi \d+ diterbitkan\./)).toBeVisible();
  await expect(page.getByTestId("guide-current-body")).toHaveText(text);
  await context.close();

  const citizen = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
  const phone = await citizen.newPage();
  await phone.goto("/");
  await phone.getByRole("link", { name: "Standar Layanan" }).click();
  await expect(phone.getByRole("heading", { name: "Maklumat Pelayanan Informasi Publik" })).toBeVisible();
  await expect(phone.getByText(text)).toBeVisible();
  await expect(phone.getByRole("heading", { name: "Standar Pengujian Konsekuensi" })).toBeVisible();
  await citizen.close();
});
