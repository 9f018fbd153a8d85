import { expect, test } from "@playwright/test";
import { logIn } from "./support/staff";

// Demo data (prisma/seed/dip-items.ts) is dated around 2026-12-03.
const EXEMPT_SLUG = "/informasi/dokumen-penawaran-peserta-tender-mesin-pengolahan-kopi-2026";

test("an officer publishes an item with a file: it appears, downloads and is found by search at once", async ({ page }) => {
  const word = `Sumbawa${Date.now().toString(36)}`;
  const title = `Harga Garam Rakyat Kabupaten Kupang ${word}`;
  await logIn(page, "ppid");
  await page.goto("/staf/informasi/baru");
  await page.getByLabel("Kategori").selectOption("BERKALA");
  await page.getByLabel("Judul").fill(title);
  await page.getByLabel("Ringkasan isi").fill("Harga garam krosok di tingkat petambak Bipolo dan Oebelo, November 2026.");
  await page.getByLabel("Kata kunci").fill("garam, harga");
  await page.getByLabel("Format tersedia").fill("CSV");
  await page.getByLabel("Unit pengelola").fill("Bidang Perdagangan Dalam Negeri");
  await page.getByLabel("Pejabat penanggung jawab").fill("Kepala Bidang Perdagangan Dalam Negeri");
  await page.getByLabel("Tautan dokumen").fill("");
  await page.getByLabel("Unggah berkas").setInputFiles({
    name: "harga-garam.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("lokasi;harga_rp_per_kg\r\nBipolo;2500\r\nOebelo;2700\r\n"),
  });
  await page.getByRole("button", { name: "Simpan informasi" }).click();
  await expect(page.getByText("Informasi disimpan dan tampil di portal publik.")).toBeVisible();

  await page.goto(`/informasi?q=${encodeURIComponent(word.toLowerCase())}`);
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByText(/Terakhir diperbarui/)).toBeVisible();
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh harga-garam.csv" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe("harga-garam.csv");
  const body = await (await download.createReadStream()).toArray();
  expect(Buffer.concat(body).toString()).toContain("Bipolo;2500");

  // A wrong upload is taken off the item: the public page no longer offers it.
  const publicUrl = page.url();
  await page.goto("/staf/informasi");
  await page.getByRole("link", { name: title }).click();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Hapus berkas harga-garam.csv" }).click();
  await expect(page.getByText("Belum ada berkas.")).toBeVisible();
  await page.goto(publicUrl);
  await expect(page.getByRole("link", { name: /Unduh/ })).toHaveCount(0);
});

test("an item past its cycle shows overdue until a verification is recorded", async ({ page }) => {
  const title = "Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2025";
  await logIn(page, "ppid");
  await expect(page.getByRole("list", { name: "Informasi yang perlu diperbarui" }).getByRole("link", { name: title })).toBeVisible();
  await page.goto("/staf/informasi?status=OVERDUE");
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByText("Terlambat diperbarui").first()).toBeVisible();

  // A review that finds wrong figures is recorded but keeps the item overdue.
  await page.getByLabel("Isi masih mutakhir").check();
  await page.getByLabel("Catatan verifikasi").fill("Angka IKU 2025 belum sesuai dokumen sumber.");
  await page.getByRole("button", { name: "Catat verifikasi" }).click();
  await expect(page.getByText(/belum lolos/).first()).toBeVisible();
  await page.reload();
  await expect(page.getByText("Terlambat diperbarui").first()).toBeVisible();

  for (const label of ["Isi masih mutakhir", "Angka dan data sesuai dokumen sumber", "Tautan atau berkas dapat dibuka/diunduh", /Format aksesibel/]) {
    await page.getByLabel(label).check();
  }
  await page.getByLabel("Catatan verifikasi").fill("Dicocokkan dengan LKjIP yang ditandatangani Kepala Dinas; PDF teks.");
  await page.getByRole("button", { name: "Catat verifikasi" }).click();
  await expect(page.getByText(/Item dinyatakan mutakhir/)).toBeVisible();
  await page.goto("/staf/informasi?status=OVERDUE");
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  await page.goto("/staf/informasi?status=FRESH");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await page.goto("/staf");
  await expect(page.getByRole("list", { name: "Informasi yang perlu diperbarui" }).getByRole("link", { name: title })).toHaveCount(0);
});

test("an exempt item never shows its content publicly", async ({ page, request }) => {
  await page.goto("/informasi?kategori=dikecualikan");
  await expect(page.getByRole("link", { name: "Dokumen Penawaran Peserta Tender Mesin Pengolahan Kopi 2026" })).toBeVisible();
  for (const url of ["/informasi?kategori=dikecualikan", EXEMPT_SLUG, "/informasi?q=penawaran", "/api/dip.json", "/api/dip.csv"]) {
    const text = await (await request.get(url)).text();
    expect(text).not.toContain("RAHASIA");
    expect(text).not.toContain("Membuka penawaran sebelum kontrak");
  }
  await page.goto(EXEMPT_SLUG);
  await expect(page.getByText(/Pasal 17 huruf b/).first()).toBeVisible();
  await expect(page.getByRole("link", { name: /Unduh/ })).toHaveCount(0);
});

test("the serta merta announcement is on every public page; the page and open data list the same items", async ({ page, request }) => {
  for (const url of ["/", "/permohonan", "/informasi"]) {
    await page.goto(url);
    const banner = page.getByRole("region", { name: "Pengumuman serta merta" });
    await expect(banner.getByRole("link", { name: /Gangguan Pasokan Beras/ })).toBeVisible();
    await expect(banner.getByText(/Diumumkan 2 Desember 2026 pukul 10\.00/)).toBeVisible();
  }
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto("/informasi");
  const titles = await page.getByRole("list", { name: "Daftar informasi" }).getByRole("heading").allTextContents();
  const json = await (await request.get("/api/dip.json")).json();
  expect(json.informasi.map((r: { judul: string }) => r.judul)).toEqual(titles);
  const csv = await (await request.get("/api/dip.csv")).text();
  expect(csv.trim().split("\r\n")).toHaveLength(titles.length + 1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
