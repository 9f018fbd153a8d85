import { expect, test } from "@playwright/test";
import { demoUserName, staffContext } from "./support/staff";

// The main job end to end: a citizen on a 360 px phone files a request and keeps the receipt; the PPID
// assigns, extends and decides it; the citizen sees the outcome at /lacak.
test("citizen files a request, officers process it, citizen tracks the outcome", async ({ browser }) => {
  const citizen = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const phone = await citizen.newPage();

  await phone.goto("/permohonan");
  await phone.getByLabel("Nama lengkap (atau nama badan hukum / kelompok)").fill("Dominikus Seran Bria");
  await phone.getByLabel("NIK (Nomor Induk Kependudukan)").fill("5371010501900002");
  await phone.getByLabel("Alamat lengkap").fill("Jl. Timor Raya No. 12, Oesapa, Kelapa Lima, Kota Kupang");
  await phone.getByLabel("Nomor telepon / WhatsApp").fill("081234567890");
  await phone.getByLabel("Alamat surel (e-mail)").fill("dominikus.bria@example.id");
  await phone.getByLabel("Pekerjaan").fill("Pedagang");
  await phone.getByLabel("Rincian informasi yang dibutuhkan").fill("Data harga eceran beras medium di Pasar Oeba dan Pasar Inpres Kupang, Januari–Oktober 2026.");
  await phone.getByLabel("Tujuan penggunaan informasi").fill("Perencanaan usaha kios sembako.");
  await phone.getByRole("radio", { name: "Mendapatkan salinan softcopy" }).check();
  await phone.getByRole("radio", { name: "Surel (e-mail)" }).check();
  await phone.locator("#consent").check();
  await phone.getByRole("button", { name: "Kirim permohonan" }).click();

  // The receipt (bukti permohonan): number, secret code, dates.
  await expect(phone.getByRole("heading", { name: "Bukti Permohonan Informasi Publik" })).toBeVisible();
  const number = (await phone.getByTestId("receipt-number").innerText()).trim();
  const code = (await phone.getByTestId("receipt-code").innerText()).trim();
  expect(number).toMatch(/^\d{4}\/PMH\/PPID-DPP\/\d{4}$/);
  expect(code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
  await expect(phone.getByText("Batas pemberitahuan tertulis")).toBeVisible();
  // No horizontal scrolling on a 360 px phone.
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  // The PPID finds it in the inbox, assigns, extends and decides it.
  const { context: office, page: desk } = await staffContext(browser, "ppid");
  await desk.goto(`/staf/permohonan?q=${encodeURIComponent(number)}`);
  await desk.getByRole("link", { name: number }).click();
  await expect(desk.getByRole("heading", { name: new RegExp(number.replace(/\//g, "\\/")) })).toBeVisible();

  const officerSelect = desk.getByLabel("Petugas yang menangani");
  const officerValue = await officerSelect.locator("option", { hasText: demoUserName("petugas") }).getAttribute("value");
  await officerSelect.selectOption(officerValue!);
  await desk.getByRole("button", { name: "Tugaskan" }).click();
  await expect(desk.getByText("Petugas ditugaskan").first()).toBeVisible();

  await desk.getByLabel("Alasan perpanjangan").fill("Data harga harus dihimpun dari UPT Pasar di dua lokasi dan diverifikasi terlebih dahulu.");
  await desk.getByRole("button", { name: "Perpanjang", exact: true }).click();
  await expect(desk.getByText("Jangka waktu diperpanjang").first()).toBeVisible();

  await desk.locator("#outcome").selectOption("DIKABULKAN_SELURUHNYA");
  await desk.getByLabel("Bentuk informasi yang dikuasai").selectOption("SOFTCOPY");
  await desk.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(desk.getByText("Permohonan diputuskan").first()).toBeVisible();
  await office.close();

  // Back on the phone: /lacak shows the outcome and the extension.
  await phone.goto("/lacak");
  await phone.getByLabel("Nomor registrasi").fill(number);
  await phone.getByLabel("Kode pelacakan").fill(code);
  await phone.getByRole("button", { name: /Lacak/ }).click();
  await expect(phone.getByText("Dikabulkan seluruhnya").first()).toBeVisible();
  await expect(phone.getByText(/diperpanjang/i).first()).toBeVisible();
  await citizen.close();
});
