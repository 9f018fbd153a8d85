import { expect, test } from "@playwright/test";
import { fileRequest } from "./support/citizen";
import { pdfText } from "./support/pdf-text";
import { logIn, staffContext } from "./support/staff";

// Issue 5 end to end: a completed request's one-time link leads to the SKM; the monthly report
// (screen and PDF) shows the same totals as the register and the public /statistik.
test("a requester answers the survey from the link of a completed request, and the monthly report agrees", async ({ browser }) => {
  const citizen = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const phone = await citizen.newPage();
  const { number, code } = await fileRequest(phone, "Yakobus Seran", "Daftar IKM tenun ikat binaan Dinas di Kabupaten Kupang tahun 2026.");

  // The PPID grants, delivers and closes the request.
  const { context: office, page: desk } = await staffContext(browser, "ppid");
  await desk.goto(`/staf/permohonan?q=${encodeURIComponent(number)}`);
  await desk.getByRole("link", { name: number }).click();
  await desk.locator("#outcome").selectOption("DIKABULKAN_SELURUHNYA");
  await desk.getByLabel("Bentuk informasi yang dikuasai").selectOption("SOFTCOPY");
  await desk.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(desk.getByText("Permohonan diputuskan").first()).toBeVisible();
  await desk.getByLabel("Uraian informasi yang diserahkan").fill("Berkas PDF daftar IKM tenun ikat binaan 2026.");
  await desk.getByRole("button", { name: "Simpan penyerahan" }).click();
  await expect(desk.getByText("Informasi diserahkan").first()).toBeVisible();
  await desk.getByRole("button", { name: "Tutup permohonan" }).click();
  await expect(desk.getByText("Permohonan ditutup").first()).toBeVisible();
  await office.close();

  // The requester finds the one-time survey link on /lacak and answers on the phone.
  await phone.goto(`/lacak?nomor=${encodeURIComponent(number)}&kode=${encodeURIComponent(code)}`);
  await expect(phone.getByText(/tautan berlaku sampai dengan \d{1,2} \w+ \d{4}/)).toBeVisible();
  await phone.getByRole("link", { name: "mengisi survei kepuasan atas permohonan ini" }).click();
  await expect(phone.getByText(number)).toBeVisible();
  await phone.getByRole("radio", { name: "Laki-laki" }).check();
  await phone.getByLabel("Pendidikan terakhir").selectOption("D4/S1");
  await phone.getByLabel("Pekerjaan").fill("Pengrajin tenun");
  // Each unsur has its own wording; the first asks about requirements ("Sangat sesuai" = 4).
  await phone.getByRole("group", { name: /kesesuaian persyaratan/ }).getByRole("radio", { name: "Sangat sesuai" }).check();
  for (const [i, score] of [3, 3, 4, 3, 4, 4, 4, 3].entries()) await phone.locator(`input[name="u${i + 2}"][value="${score}"]`).check();
  await phone.getByLabel("Saran dan masukan").fill("Pelayanan cepat, terima kasih.");
  // The age was forgotten: the form refuses at that field, moves focus there (like /permohonan) and
  // keeps every other answer, the select too.
  await phone.getByRole("button", { name: "Kirim jawaban survei" }).click();
  await expect(phone.locator("#age-error")).toHaveText("Umur wajib diisi.");
  await expect(phone.getByLabel("Umur (tahun)")).toBeFocused();
  await expect(phone.locator('form [role="alert"]')).toHaveCount(0);
  await expect(phone.getByLabel("Pendidikan terakhir")).toHaveValue("D4/S1");
  await expect(phone.getByRole("radio", { name: "Laki-laki" })).toBeChecked();
  await expect(phone.locator('input[name="u9"][value="3"]')).toBeChecked();
  await expect(phone.getByLabel("Saran dan masukan")).toHaveValue("Pelayanan cepat, terima kasih.");
  await phone.getByLabel("Umur (tahun)").fill("41");
  await phone.getByRole("button", { name: "Kirim jawaban survei" }).click();
  await expect(phone.getByRole("heading", { name: "Terima kasih" })).toBeVisible();
  expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  // The link works once only.
  await phone.goto(`/lacak?nomor=${encodeURIComponent(number)}&kode=${encodeURIComponent(code)}`);
  await expect(phone.getByText("Anda telah mengisi survei untuk permohonan ini")).toBeVisible();

  // The public statistics of this month.
  const month = new Date().toISOString().slice(0, 7);
  await phone.goto(`/statistik?periode=${month}`);
  const received = (await phone.getByTestId("stat-received").innerText()).trim();
  const ikm = (await phone.getByTestId("stat-ikm").innerText()).trim();
  expect(Number(received)).toBeGreaterThanOrEqual(1);
  expect(ikm).toMatch(/^\d{2,3},\d{2}$/); // always two decimals, as on /survei/hasil and in the report
  await citizen.close();

  // The head of the Dinas opens the monthly report: the same totals, the IKM, and a PDF.
  const { context: head, page: boss } = await staffContext(browser, "pimpinan");
  await boss.goto(`/staf/laporan/${month}`);
  await expect(boss.getByRole("heading", { name: "Laporan Evaluasi Bulanan Layanan Informasi Publik" })).toBeVisible();
  await expect(boss.getByTestId("table-ringkasan").locator("tr", { hasText: "Permohonan diterima" })).toContainText(received);
  await expect(boss.getByRole("heading", { name: new RegExp(`IKM ${ikm.replace(".", "\\.")}`) })).toBeVisible();
  const [download] = await Promise.all([boss.waitForEvent("download"), boss.getByRole("link", { name: "Unduh PDF" }).click()]);
  expect(download.suggestedFilename()).toBe(`laporan-ppid-${month}.pdf`);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  const pdf = Buffer.concat(chunks);
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  // The printed pages themselves carry the same totals, the IKM, page numbers and the signature block.
  const printed = await pdfText(pdf);
  expect(printed).toMatch(new RegExp(`^Permohonan diterima ${received}$`, "m"));
  expect(printed).toContain(`IKM ${ikm}`);
  expect(printed).toMatch(/Halaman 2 dari \d+/);
  expect(printed).toContain("Kepala Dinas Perindustrian dan Perdagangan");

  // Every table as a spreadsheet.
  const [sheet] = await Promise.all([boss.waitForEvent("download"), boss.getByRole("link", { name: "Unduh XLSX (semua tabel)" }).click()]);
  expect(sheet.suggestedFilename()).toBe(`laporan-ppid-${month}.xlsx`);

  // The register for the month shows the same count.
  await boss.goto(`/staf/register?periode=${month}`);
  await expect(boss.getByTestId("request-figures")).toContainText(`Diterima ${received}`);
  await head.close();
});

test("how long survey links work is an ADMIN setting on the SKM page; the PPID only reads it", async ({ page }) => {
  await logIn(page, "admin");
  await page.goto("/staf/evaluasi");
  const days = page.getByLabel("Masa berlaku tautan survei (hari)");
  await expect(days).toHaveValue("30");
  await days.fill("0");
  await page.getByRole("button", { name: "Simpan masa berlaku" }).click();
  await expect(page.locator("#f-linkValidityDays-error")).toHaveText("Masa berlaku minimal 1 hari.");
  await days.fill("45");
  await page.getByRole("button", { name: "Simpan masa berlaku" }).click();
  await expect(page.getByText("Masa berlaku tautan survei disimpan: 45 hari")).toBeVisible();
  await expect(page.getByText("sampai dengan 45 hari kalender sesudah tanggal permohonan selesai")).toBeVisible();
  // Back to the default for the other tests.
  await page.getByLabel("Masa berlaku tautan survei (hari)").fill("30");
  await page.getByRole("button", { name: "Simpan masa berlaku" }).click();
  await expect(page.getByText("Masa berlaku tautan survei disimpan: 30 hari")).toBeVisible();

  await page.context().clearCookies();
  await logIn(page, "ppid");
  await page.goto("/staf/evaluasi");
  await expect(page.getByText("sampai dengan 30 hari kalender sesudah tanggal permohonan selesai")).toBeVisible();
  await expect(page.getByLabel("Masa berlaku tautan survei (hari)")).toHaveCount(0);
});
