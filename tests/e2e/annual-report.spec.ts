import { expect, test } from "@playwright/test";
import { staffContext } from "./support/staff";

// Issue 5, the annual Laporan Layanan Informasi Publik: the admin sets who signs the reports, the PPID
// fills the year's profile (policy, facilities, budget) from the report's "belum diisi" link, and the
// annual report then shows the budget, the facility and the signatory's NIP. The demo leaves 2024 empty.
test("admin sets the report signatory, PPID fills the 2024 profile, the annual report shows both", async ({ browser }) => {
  const { context: adminContext, page: admin } = await staffContext(browser, "admin");
  await admin.getByRole("link", { name: "Penanda tangan laporan" }).click();
  // The demo has the head of the Dinas; after a rotation the new head signs (same title).
  await expect(admin.getByLabel("Nama penanda tangan")).toHaveValue("Ir. Stefanus Dominggus Koli, M.T.");
  await admin.getByLabel("Nama penanda tangan").fill("Drs. Yohanes Don Bosco Tefa, M.Si.");
  await admin.getByLabel("NIP penanda tangan").fill("19700312 1996");
  await admin.getByRole("button", { name: "Simpan penanda tangan" }).click();
  // Refused at the field, with what was typed still there.
  await expect(admin.getByText("NIP terdiri dari 18 angka.")).toBeVisible();
  await expect(admin.getByLabel("Nama penanda tangan")).toHaveValue("Drs. Yohanes Don Bosco Tefa, M.Si.");
  await expect(admin.getByLabel("NIP penanda tangan")).toHaveValue("19700312 1996");
  await admin.getByLabel("NIP penanda tangan").fill("19700312 199603 1 004");
  await admin.getByRole("button", { name: "Simpan penanda tangan" }).click();
  await expect(admin.getByText("Penanda tangan laporan disimpan.")).toBeVisible();
  await adminContext.close();

  const { context: ppidContext, page } = await staffContext(browser, "ppid");
  await page.goto("/staf/laporan/2024");
  await expect(page.getByRole("heading", { name: "Laporan Tahunan Layanan Informasi Publik" })).toBeVisible();
  await expect(page.getByTestId("table-anggaran")).toContainText("Belum diisi.");
  await page.locator("section", { has: page.getByTestId("table-anggaran") }).getByRole("link", { name: "Isi bagian ini di Profil laporan tahunan 2024" }).click();
  await expect(page.getByRole("heading", { name: "Profil laporan tahunan 2024" })).toBeVisible();

  await page.getByLabel("Uraian kebijakan layanan informasi publik").fill("PPID Pelaksana ditetapkan dengan SK Kepala Dinas; layanan mengikuti Perki 1/2021.");
  await page.getByLabel("Nomor (1)").fill("500/DPP/SK/007/I/2024");
  await page.getByLabel("Tentang (1)").fill("Penetapan PPID Pelaksana Tahun 2024");
  await page.getByLabel("Tanggal penetapan (1)").fill("2024-01-10");
  await page.getByLabel("Sarana (1)").fill("Meja layanan informasi");
  await page.getByLabel("Kondisi (1)").selectOption("BAIK");
  await page.getByRole("button", { name: "Tambah sarana" }).click();
  await page.getByLabel("Sarana (2)").fill("Akses penyandang disabilitas (ramp, kursi roda)");
  await page.getByLabel("Keterangan (2)").fill("Ramp di pintu masuk; toilet belum ramah disabilitas.");
  await page.getByLabel("Pagu anggaran layanan informasi (Rp)").fill("Rp 125.000.000,-");
  await page.getByLabel("Sumber anggaran").fill("APBD Provinsi NTT");
  await page.getByLabel("Realisasi (Rp)").fill("130000000");
  // The amount is shown grouped once the field is left.
  await expect(page.getByLabel("Pagu anggaran layanan informasi (Rp)")).toHaveValue("125.000.000");
  await page.getByRole("button", { name: "Simpan profil 2024" }).click();
  // Checked with the shared schema at the fields: no condition for the second facility, realisation above the budget.
  await expect(page.getByText("Pilih kondisi sarana.")).toBeVisible();
  await expect(page.getByText("Realisasi tidak boleh melebihi pagu anggaran.")).toBeVisible();
  await expect(page.getByLabel("Sarana (2)")).toHaveValue("Akses penyandang disabilitas (ramp, kursi roda)");
  await page.getByLabel("Kondisi (2)").selectOption("PERLU_PERBAIKAN");
  await page.getByLabel("Realisasi (Rp)").fill("98.450.000");
  await page.getByRole("button", { name: "Simpan profil 2024" }).click();
  await expect(page.getByText("Profil laporan tahunan 2024 disimpan.")).toBeVisible();

  await page.getByRole("link", { name: "Laporan tahunan 2024" }).click();
  await expect(page.getByTestId("table-anggaran").locator("tr", { hasText: "Pagu anggaran" })).toContainText("Rp125.000.000");
  await expect(page.getByTestId("table-anggaran").locator("tr", { hasText: "Sumber anggaran" })).toContainText("APBD Provinsi NTT");
  await expect(page.getByTestId("table-sarana").locator("tr", { hasText: "Akses penyandang disabilitas" })).toContainText("Tersedia, perlu perbaikan");
  await expect(page.getByTestId("table-regulasi")).toContainText("Penetapan PPID Pelaksana Tahun 2024");
  await expect(page.getByText("Drs. Yohanes Don Bosco Tefa, M.Si.")).toBeVisible();
  await expect(page.getByText("Kepala Dinas Perindustrian dan Perdagangan Provinsi Nusa Tenggara Timur,")).toBeVisible();
  await expect(page.getByText("NIP 19700312 199603 1 004")).toBeVisible();
  await expect(page.getByRole("link", { name: /Isi bagian ini/ })).toHaveCount(1); // only the SDM notes are still empty
  await ppidContext.close();
});
