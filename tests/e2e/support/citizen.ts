import { expect, type Page } from "@playwright/test";

/** Files a portal request as a citizen and returns the receipt's number and tracking code. */
export async function fileRequest(page: Page, name: string, information: string): Promise<{ number: string; code: string }> {
  await page.goto("/permohonan");
  await page.getByLabel("Nama lengkap (atau nama badan hukum / kelompok)").fill(name);
  await page.getByLabel("NIK (Nomor Induk Kependudukan)").fill("5371010501900002");
  await page.getByLabel("Alamat lengkap").fill("Jl. Timor Raya No. 12, Oesapa, Kelapa Lima, Kota Kupang");
  await page.getByLabel("Nomor telepon / WhatsApp").fill("081234567890");
  await page.getByLabel("Pekerjaan").fill("Peneliti");
  await page.getByLabel("Rincian informasi yang dibutuhkan").fill(information);
  await page.getByLabel("Tujuan penggunaan informasi").fill("Bahan kajian kebijakan perdagangan daerah.");
  await page.getByRole("radio", { name: "Mendapatkan salinan softcopy" }).check();
  await page.getByRole("radio", { name: "Surel (e-mail)" }).check();
  await page.locator("#consent").check();
  await page.getByRole("button", { name: "Kirim permohonan" }).click();
  await expect(page.getByRole("heading", { name: "Bukti Permohonan Informasi Publik" })).toBeVisible();
  return {
    number: (await page.getByTestId("receipt-number").innerText()).trim(),
    code: (await page.getByTestId("receipt-code").innerText()).trim(),
  };
}
